// The small part of the OpenAPI 3.1 document model this project reads.
export type JsonSchema = Record<string, unknown>;

export interface MediaTypeObject {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, { $ref?: string; summary?: string; value?: unknown }>;
  encoding?: Record<string, unknown>;
}

export interface ParameterObject {
  $ref?: string;
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
  example?: unknown;
  [extension: `x-${string}`]: unknown;
}

export interface ResponseObject {
  $ref?: string;
  description: string;
  headers?: Record<string, { $ref?: string; schema?: JsonSchema; description?: string }>;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId: string;
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: ParameterObject[];
  requestBody?: { $ref?: string; required?: boolean; content: Record<string, MediaTypeObject> };
  responses: Record<string, ResponseObject>;
  [extension: `x-${string}`]: unknown;
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
export type HttpMethod = (typeof httpMethods)[number];

export type PathItemObject = { parameters?: ParameterObject[] } & Partial<Record<HttpMethod, OperationObject>>;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  servers?: { url: string; description?: string }[];
  security?: Record<string, string[]>[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, PathItemObject>;
  components: {
    schemas?: Record<string, JsonSchema>;
    parameters?: Record<string, ParameterObject>;
    responses?: Record<string, ResponseObject>;
    examples?: Record<string, { summary?: string; value?: unknown }>;
    headers?: Record<string, unknown>;
    securitySchemes?: Record<string, unknown>;
  };
}

/** One operation with where it lives. */
export interface LocatedOperation {
  path: string;
  method: HttpMethod;
  operation: OperationObject;
  /** Path-level and operation-level parameters, `$ref`s resolved. */
  parameters: ParameterObject[];
}
