// Graphcache's possibleTypes (cache.ts) must name every type that
// implements Node in the server's schema, or fragments on it are guessed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { Client, gql, makeResult, type Exchange, type Operation } from 'urql';
import { describe, expect, it } from 'vitest';
import { delay, filter, map, pipe, take, toPromise } from 'wonka';
import { graphcache, nodeTypes } from './cache';

const graphDir = path.resolve(__dirname, '../../../graph');

describe('the cache knows the types of the schema', () => {
  it('lists every type that implements Node, and no other', () => {
    const implementers = new Set<string>();
    for (const file of readdirSync(graphDir).filter((f) => f.endsWith('.graphqls'))) {
      for (const def of parse(readFileSync(path.join(graphDir, file), 'utf8')).definitions) {
        if ((def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) && def.interfaces?.some((i) => i.name.value === 'Node')) {
          implementers.add(def.name.value);
        }
      }
    }
    expect([...nodeTypes].sort()).toEqual([...implementers].sort());
  });

  // The answer that came back empty before: a workspace's relations, whose
  // ends are read with fragments on each type of document.
  it('reads the relations of a workspace whose ends are a folder and itself', async () => {
    const end = '__typename id ... on Email { subject folder { id title } } ... on EmailFolder { title } ... on Workspace { title }';
    const query = gql(`query Rel($id: ID!) { node(id: $id) { __typename id
      ... on Email { relations { __typename id source { ${end} } target { ${end} } } }
      ... on EmailFolder { relations { __typename id source { ${end} } target { ${end} } } }
      ... on Workspace { relations { __typename id source { ${end} } target { ${end} } } } } }`);
    const answer = {
      node: {
        __typename: 'Workspace',
        id: 'w1',
        relations: [
          {
            __typename: 'Relation',
            id: 'r1',
            source: { __typename: 'EmailFolder', id: 'f1', title: 'Signed contracts' },
            target: { __typename: 'Workspace', id: 'w1', title: 'Legal matters' },
          },
        ],
      },
    };
    const server: Exchange = () => (ops$) =>
      pipe(
        ops$,
        filter((op: Operation) => op.kind === 'query'),
        map((op: Operation) => makeResult(op, { data: answer })),
        delay(1),
      );
    const client = new Client({ url: '/query', exchanges: [graphcache(), server] });
    const r = await pipe(
      client.query(query, { id: 'w1' }),
      filter((x) => !x.stale),
      take(1),
      toPromise,
    );
    expect(r.data).toEqual(answer);
  });
});
