/**
 * Writes public/schemas/quiz.schema.json from the zod quiz schema (`npm run schemas`).
 * A unit test fails when the committed file is out of date, so it cannot drift.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { quizJsonSchema } from '../src/schemas/json-schemas.ts';

mkdirSync('public/schemas', { recursive: true });
writeFileSync('public/schemas/quiz.schema.json', `${JSON.stringify(quizJsonSchema(), null, 2)}\n`);
console.log('Wrote public/schemas/quiz.schema.json');
