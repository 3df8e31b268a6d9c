package app.konqer.sdk.error;

/**
 * One invalid field of a request, as reported in a problem's {@code errors} list.
 *
 * @param field the field's path in the request body, such as {@code prospect.name}
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {}
