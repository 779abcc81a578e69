// Response serialization with fastify's own compiler (fast-json-stringify, built as fastify
// builds it), each route's serializer built on its first use rather than when fastify gets ready:
// a sandbox process sends a few of the routes' answers in most runs, and building them all cost
// about 0.07 CPU-s of every start. test/spec-routes.test.ts builds every one of every version.
import SerializerSelector from '@fastify/fast-json-stringify-compiler';

type SerializerFactory = ReturnType<typeof SerializerSelector>;

/** fastify's serializer factory, with each serializer it makes built when first called. */
export const lazySerializers: SerializerFactory = (externalSchemas, serializerOpts) => {
  const compile = SerializerSelector()(externalSchemas, serializerOpts);
  return (route) => {
    let serialize: ((data: unknown) => string) | undefined;
    return (data) => (serialize ??= compile(route))(data);
  };
};
