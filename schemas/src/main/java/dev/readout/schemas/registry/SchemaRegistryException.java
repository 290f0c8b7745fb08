package dev.readout.schemas.registry;

/**
 * A registry refused a request or could not be reached. Carries the HTTP status (0 when no answer
 * came) and the registry's {@code error_code} (-1 when it gave none), e.g. 409 for an incompatible
 * schema, 404/40401 for an unknown subject, 404/40403 for an unknown schema, 401 for bad
 * credentials.
 */
public class SchemaRegistryException extends RuntimeException {

  /** Error codes of the Confluent API, shared by the compatible registries. */
  public static final int SUBJECT_NOT_FOUND = 40401;

  public static final int VERSION_NOT_FOUND = 40402;
  public static final int SCHEMA_NOT_FOUND = 40403;
  public static final int INCOMPATIBLE_SCHEMA = 409;
  public static final int INVALID_SCHEMA = 42201;

  private final int status;
  private final int errorCode;

  public SchemaRegistryException(int status, int errorCode, String message) {
    this(status, errorCode, message, null);
  }

  public SchemaRegistryException(int status, int errorCode, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.errorCode = errorCode;
  }

  /** The HTTP status, or 0 when the registry did not answer. */
  public int status() {
    return status;
  }

  /** The registry's {@code error_code}, or -1 when its answer had none. */
  public int errorCode() {
    return errorCode;
  }

  public boolean isNotFound() {
    return status == 404;
  }

  public boolean isIncompatible() {
    return status == 409;
  }

  public boolean isUnauthorized() {
    return status == 401 || status == 403;
  }
}
