import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

// A bare graphql-yoga "hello" server on node:http, the yardstick the newsgraph server is compared with.

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  logging: false,
});
createServer(yoga).listen(Number(process.env.PORT), '127.0.0.1');
