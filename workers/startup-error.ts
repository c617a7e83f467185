/** A reason Kesher cannot start that the operator can fix; `npm start` prints its message alone. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** The API's port is taken, most often by a Kesher that is still running. */
export const portInUse = (port: number): StartupError =>
  new StartupError(
    `Port ${port} is already in use: is Kesher (or something else) already running there? Stop it, or set PORT to a free port.`,
  );
