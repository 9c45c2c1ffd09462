// A call whose arguments pass the schema but name something that is not there (a log id no longer open): the
// caller's mistake, answered 400 with the reason, not a backend failure (500, written to the error log).
export class RequestError extends Error {}
