package se.participation.json;

/** A text format the SDK reads and writes. */
public enum Format {
  /** JSON. */
  JSON,
  /** YAML. */
  YAML
}
