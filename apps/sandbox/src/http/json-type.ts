// The content type of the API's JSON answers, as the routes send it.
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
