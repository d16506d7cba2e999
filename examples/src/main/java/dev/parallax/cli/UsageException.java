package dev.parallax.cli;

/** Bad usage or bad input: reported as one line on stderr with exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
