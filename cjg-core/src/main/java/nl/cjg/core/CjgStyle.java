package nl.cjg.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every value type in this library, applied per package in its
 * {@code package-info.java}.
 *
 * <p>An abstract type {@code Casus} gets a generated, package-private implementation {@code
 * ImmutableCasus} that no public signature shows: the abstract type offers {@code
 * Casus.builder()}, which returns its own nested {@code Casus.Builder} (extending the generated
 * builder), and every method returns the abstract type. Collections are JDK-only and
 * unmodifiable; attributes marked {@link Value.Redacted} (personal data) are left out of
 * {@code toString}. Generated classes carry no annotation of the processor's own, so users need no
 * Immutables jar to compile against the library without warnings.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // Only Override: no @Generated on generated classes, so that code compiled against this
    // library with -Xlint:all -Werror finds every annotation it reads in the class files.
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "***",
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    // Dutch plurals the English rules get wrong ("acties" is not "acty"): singular:plural.
    depluralizeDictionary = {
      "actie:acties",
      "afspraak:afspraken",
      "casus:casussen",
      "doel:doelen",
      "instantie:instanties",
      "schets:schets",
      "vraag:vragen",
      "werkdag:werkdagen",
      "wijziging:wijzigingen"
    })
public @interface CjgStyle {}
