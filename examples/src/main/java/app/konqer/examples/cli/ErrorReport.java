package app.konqer.examples.cli;

import app.konqer.sdk.auth.TokenEndpointUnavailableException;
import app.konqer.sdk.auth.TokenRefusedException;
import app.konqer.sdk.error.ApiException;
import app.konqer.sdk.error.AuthenticationException;
import app.konqer.sdk.error.BadRequestException;
import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.error.KonqerConnectionException;
import app.konqer.sdk.error.KonqerDecodeException;
import app.konqer.sdk.error.KonqerTimeoutException;
import app.konqer.sdk.error.PaymentRequiredException;
import app.konqer.sdk.error.PermissionDeniedException;
import app.konqer.sdk.error.RateLimitException;
import app.konqer.sdk.error.RequestValidationException;
import app.konqer.sdk.error.ServerException;
import app.konqer.sdk.error.ServiceLockedException;
import app.konqer.sdk.error.UnprocessableEntityException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a failure means to the user: its exit code, and a few lines naming the problem's title, detail and request
 * id. Never a stack trace.
 */
final class ErrorReport {
  private ErrorReport() {}

  /**
   * The class of a failure.
   *
   * @param failure what went wrong
   * @return its exit code
   */
  static ExitCode classify(Throwable failure) {
    if (failure instanceof CliException cli) {
      return cli.exitCode();
    }
    if (failure instanceof RequestValidationException || failure instanceof BadRequestException
        || failure instanceof UnprocessableEntityException) {
      return ExitCode.USAGE;
    }
    if (failure instanceof AuthenticationException || failure instanceof TokenRefusedException) {
      return ExitCode.AUTH;
    }
    if (failure instanceof PermissionDeniedException || failure instanceof PaymentRequiredException) {
      return ExitCode.LOCKED;
    }
    if (failure instanceof RateLimitException) {
      return ExitCode.QUOTA;
    }
    if (failure instanceof ServerException || failure instanceof KonqerConnectionException
        || failure instanceof KonqerTimeoutException || failure instanceof KonqerDecodeException
        || failure instanceof TokenEndpointUnavailableException) {
      return ExitCode.SERVER;
    }
    return ExitCode.FAILURE;
  }

  /**
   * The lines that explain a failure.
   *
   * @param failure what went wrong
   * @return the lines, the first one a summary
   */
  static Map<String, Object> describe(Throwable failure) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("exit_code", classify(failure).code());
    if (failure instanceof ApiException api) {
      report.put("title", api.title());
      report.put("status", api.status());
      report.put("code", api.code());
      report.put("detail", api.detail());
      if (api instanceof ServiceLockedException locked) {
        locked.unlocksAt().ifPresent(at -> report.put("unlocks_at", at.toString()));
      }
      if (api instanceof RateLimitException limited) {
        limited.retryAfter().ifPresent(wait -> report.put("retry_after_seconds", wait.toSeconds()));
        limited.quota().ifPresent(quota -> report.put("quota",
            quota.usedToday() + "/" + quota.dailyLimit() + " used today, resets at " + quota.resetsAt()));
      }
      fields(api.fieldErrors(), report);
      report.put("request_id", api.requestId());
    } else if (failure instanceof RequestValidationException invalid) {
      report.put("title", "Invalid input");
      report.put("detail", failure.getMessage());
      fields(invalid.fieldErrors(), report);
    } else {
      report.put("title", title(failure));
      report.put("detail", failure.getMessage());
    }
    return report;
  }

  /**
   * Prints a failure for a person.
   *
   * @param failure what went wrong
   * @param err where to print
   */
  static void print(Throwable failure, PrintWriter err) {
    Map<String, Object> report = describe(failure);
    Object status = report.get("status");
    err.println("Error: " + report.get("title")
        + (status == null ? "" : " (" + status + " " + report.get("code") + ")"));
    print(err, "", report.get("detail"));
    print(err, "Unlocks at: ", report.get("unlocks_at"));
    print(err, "Quota: ", report.get("quota"));
    Object wait = report.get("retry_after_seconds");
    print(err, "Retry after: ", wait == null ? null : wait + " s");
    if (report.get("fields") instanceof List<?> fields) {
      for (Object field : fields) {
        err.println("  - " + field);
      }
    }
    print(err, "Request id: ", report.get("request_id"));
    err.flush();
  }

  private static void print(PrintWriter err, String label, Object value) {
    if (value != null && !value.toString().isBlank()) {
      err.println("  " + label + value);
    }
  }

  private static void fields(List<FieldError> errors, Map<String, Object> report) {
    if (!errors.isEmpty()) {
      report.put("fields", errors.stream().map(error -> error.field() + ": " + error.message()).toList());
    }
  }

  private static String title(Throwable failure) {
    if (failure instanceof CliException cli) {
      return switch (cli.exitCode()) {
        case USAGE -> "Invalid command";
        case AUTH -> "Not signed in";
        default -> "Failed";
      };
    }
    if (failure instanceof KonqerConnectionException) {
      return "Cannot reach the Konqer API";
    }
    if (failure instanceof KonqerTimeoutException) {
      return "The Konqer API did not answer in time";
    }
    if (failure instanceof TokenRefusedException) {
      return "The token endpoint refused the credentials";
    }
    if (failure instanceof TokenEndpointUnavailableException) {
      return "The token endpoint is unavailable";
    }
    return "Unexpected failure (" + failure.getClass().getSimpleName() + ")";
  }
}
