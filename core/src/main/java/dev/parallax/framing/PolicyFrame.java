package dev.parallax.framing;

/**
 * The 15 dimensions of the Policy Frames Codebook (Boydstun, Card, Gross, Resnik and Smith, 2014).
 *
 * <p>Immutable and thread-safe.
 */
public enum PolicyFrame {
  /** Costs, benefits, money. */
  ECONOMIC("Economic"),
  /** Availability of physical, human or financial resources. */
  CAPACITY_AND_RESOURCES("Capacity and resources"),
  /** Religious or ethical implications. */
  MORALITY("Morality"),
  /** Equality or inequality with which laws are applied. */
  FAIRNESS_AND_EQUALITY("Fairness and equality"),
  /** Legal, constitutional and jurisdictional questions. */
  LEGALITY_CONSTITUTIONALITY_JURISPRUDENCE("Legality, constitutionality and jurisprudence"),
  /** Policies proposed or in place, and whether they work. */
  POLICY_PRESCRIPTION_AND_EVALUATION("Policy prescription and evaluation"),
  /** Violation of laws, enforcement and punishment. */
  CRIME_AND_PUNISHMENT("Crime and punishment"),
  /** Threats to the nation, defence. */
  SECURITY_AND_DEFENSE("Security and defense"),
  /** Health care, safety, injury and death. */
  HEALTH_AND_SAFETY("Health and safety"),
  /** Effects on people's wealth, mobility, daily life, families and communities. */
  QUALITY_OF_LIFE("Quality of life"),
  /** Traditions, customs and values of a social group. */
  CULTURAL_IDENTITY("Cultural identity"),
  /** The public's attitudes, polls, protests. */
  PUBLIC_OPINION("Public opinion"),
  /** Politics, parties, elections, political actors. */
  POLITICAL("Political"),
  /** International reputation, relations and regulation. */
  EXTERNAL_REGULATION_AND_REPUTATION("External regulation and reputation"),
  /** No frame cue in the sentence. */
  OTHER("Other");

  private final String label;

  PolicyFrame(String label) {
    this.label = label;
  }

  /** The codebook's name of the frame. */
  public String label() {
    return label;
  }
}
