// Response serialization with fastify's own compiler (fast-json-stringify, built as fastify
// builds it), each route's serializer built on its first use rather than when fastify gets ready:
// a sandbox process sends a few of the routes' answers in most runs, and building them all cost
// about 0.07 CPU-s of every start. Answers with the same schema share one serializer (the 125
// answers of the 13 operations have 7 schemas). test/spec-routes.test.ts builds every one of
// every version.
import SerializerSelector from '@fastify/fast-json-stringify-compiler';

type SerializerFactory = ReturnType<typeof SerializerSelector>;
type Serializer = (data: unknown) => string;

/** fastify's serializer factory, with each serializer it makes built when first called. */
export const lazySerializers: SerializerFactory = (externalSchemas, serializerOpts) => {
  const compile = SerializerSelector()(externalSchemas, serializerOpts);
  const bySchema = new Map<string, Serializer>();
  const build = (route: Parameters<typeof compile>[0]): Serializer => {
    const key = JSON.stringify(route.schema);
    let serializer = bySchema.get(key);
    if (!serializer) bySchema.set(key, (serializer = compile(route)));
    return serializer;
  };
  return (route) => {
    let serialize: Serializer | undefined;
    return (data) => (serialize ??= build(route))(data);
  };
};
