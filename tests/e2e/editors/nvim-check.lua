-- Drives replylint-language-server from Neovim's built-in LSP client (Debian's neovim 0.7), headless.
-- Run in the folder holding the draft:
--   SERVER=… OUT_FILE=… DIAG_CODE=no-flat-no ACTION='Drop the flat "No"' \
--     nvim --headless --clean -n draft.txt -c 'luafile nvim-check.lua'
-- (`-u` runs before the buffer exists, hence `-c luafile`.) It waits for the diagnostics the
-- server publishes, asks for hover and code actions on the diagnostic with code DIAG_CODE,
-- applies the action titled ACTION the way `vim.lsp.buf.code_action` does (edit, then command),
-- waits for the diagnostics of the edited text and writes everything to OUT_FILE as JSON.
-- The exit code is 0 when every step happened; the test asserts the content.
local out = assert(os.getenv('OUT_FILE'), 'set OUT_FILE')
local server = assert(os.getenv('SERVER'), 'set SERVER to the language server command')
local want_code = os.getenv('DIAG_CODE') or 'no-flat-no'
local want_action = os.getenv('ACTION')
local result = { steps = {} }

local function finish(code)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd((code == 0) and 'qa!' or 'cq')
end

local function fail(message)
  result.error = message
  finish(1)
end

local function snapshot()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      message = d.message, source = d.source, severity = d.severity,
      code = lsp.code, href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
    })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

local id = vim.lsp.start_client({
  name = 'replylint',
  cmd = { server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  on_exit = function(code) result.exit = code end,
})
if not id then return fail('the client did not start') end
vim.lsp.buf_attach_client(0, id)
local client = vim.lsp.get_client_by_id(id)

if not vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50) then
  return fail('no diagnostics within 20s')
end
table.insert(result.steps, 'diagnostics')
result.filetype = vim.bo.filetype
result.diagnostics = snapshot()

local target
for _, d in ipairs(vim.diagnostic.get(0)) do
  if ((d.user_data or {}).lsp or {}).code == want_code then target = d end
end
if not target then return fail('no diagnostic with code ' .. want_code) end

-- Hover in the middle of the finding.
local position = { line = target.lnum, character = target.col + 1 }
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover',
  { textDocument = { uri = vim.uri_from_bufnr(0) }, position = position }, 5000)
local contents = hover and hover[id] and hover[id].result and hover[id].result.contents
result.hover = contents and (contents.value or contents) or vim.NIL
table.insert(result.steps, 'hover')

-- Code actions for the finding, as `vim.lsp.buf.code_action()` asks for them.
-- (Neovim 0.7 keeps the LSP fields other than the range in user_data; the range is lnum/col.)
local params = {
  textDocument = { uri = vim.uri_from_bufnr(0) },
  range = {
    start = { line = target.lnum, character = target.col },
    ['end'] = { line = target.end_lnum, character = target.end_col },
  },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(0, target.lnum) },
}
local response = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 5000)
local actions = response and response[id] and response[id].result or {}
result.action_error = response and response[id] and (response[id].err or response[id].error) or vim.NIL
result.actions = vim.tbl_map(function(a) return a.title end, actions)
table.insert(result.steps, 'actions')

local chosen
for _, a in ipairs(actions) do
  if a.title == want_action then chosen = a end
end
if not chosen then return fail('no code action titled ' .. tostring(want_action)) end
local changedtick = vim.b.changedtick
if chosen.edit then vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16') end
if chosen.command then
  vim.lsp.buf_request_sync(0, 'workspace/executeCommand', chosen.command, 5000)
end
table.insert(result.steps, 'applied')
result.lines_after = vim.api.nvim_buf_get_lines(0, 0, -1, false)

-- The buffer changed; Neovim sends didChange (debounced) and the server publishes for the new
-- text, in which the chosen action's finding is gone.
local function without_target()
  if vim.b.changedtick == changedtick then return false end
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if ((d.user_data or {}).lsp or {}).code == want_code then return false end
  end
  return true
end
if not vim.wait(20000, without_target, 50) then
  result.diagnostics_after = snapshot()
  return fail('the diagnostics did not follow the edit within 20s')
end
table.insert(result.steps, 'diagnostics after the edit')
result.diagnostics_after = snapshot()
vim.lsp.stop_client(id)
vim.wait(3000, function() return result.exit ~= nil end, 50)
finish(0)
