// The cold-start baseline: a script that loads unified + retext-english and parses stdin.
import { readFileSync } from 'node:fs';
import retextEnglish from 'retext-english';
import { unified } from 'unified';

unified().use(retextEnglish).parse(readFileSync(0, 'utf8'));
