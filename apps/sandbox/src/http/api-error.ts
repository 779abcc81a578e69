// An error with the status and message the API answers with ({"message": ...}).

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (userName: string) => new ApiError(404, `User '${userName}' does not exist`);
