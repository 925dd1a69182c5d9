import type { CodegenConfig } from '@graphql-codegen/cli';

// Types and typed documents come from the server's schema files, so codegen
// needs no running server. Run with `npm run codegen` (part of `npm run build`).
const config: CodegenConfig = {
  schema: '../graph/*.graphqls',
  // Tests write their own documents (with the app's names) for a scripted server.
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Time: 'string', Cursor: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
