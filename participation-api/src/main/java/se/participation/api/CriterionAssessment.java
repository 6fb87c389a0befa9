package se.participation.api;

import java.util.List;
import org.immutables.value.Value;
import se.participation.api.text.LocalizedText;

/** Whether one success criterion was met, and the evidence from the record. */
@Value.Immutable
public abstract class CriterionAssessment {

  /** The criterion. */
  public abstract SuccessCriterion criterion();

  /** Met, partly met or not met. */
  public abstract CriterionResult result();

  /** What in the record shows it, one line a fact. */
  public abstract List<LocalizedText> evidence();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriterionAssessment}. */
  public static final class Builder extends ImmutableCriterionAssessment.Builder {}
}
