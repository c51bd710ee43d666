// Typed errors of the core; the API maps each class to a GraphQL `extensions.code`.

/** A caller-supplied argument is out of range or malformed. `argument` names it. */
export class InvalidArgumentError extends Error {
  readonly argument: string;
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`);
    this.name = 'InvalidArgumentError';
    this.argument = argument;
  }
}

/** The data on disk breaks the data model (a quote not in its article, an unknown id…). */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}
