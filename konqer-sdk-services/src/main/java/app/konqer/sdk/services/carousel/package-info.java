/**
 * LinkedIn Carousel Forge ({@code carousel}): drafts a LinkedIn document carousel on a topic: a hook that stops the
 * scroll, 5 to 15 slides with their text and a prompt for each slide's visual, and a closing call to action.
 *
 * <p>Send a {@link app.konqer.sdk.services.carousel.CarouselInput}; the generation returns a
 * {@link app.konqer.sdk.services.carousel.CarouselOutput}.
 */
package app.konqer.sdk.services.carousel;
