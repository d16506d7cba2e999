package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, group, thing or event that outlets refer to, with each outlet's labels side by side.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable id: {@code entity:<canonical id>}, {@code name:<normalised name>} or {@code class:<class>}
 * @param name display name
 * @param kind named entity, people, thing or event
 * @param outlets one entry per outlet that mentions it, in report outlet order
 */
@JsonPropertyOrder({"id", "name", "kind", "outlets"})
public record Referent(String id, String name, ReferentKind kind, List<OutletLabels> outlets) {
  public Referent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    outlets = List.copyOf(outlets);
  }

  /** This referent's labels in one outlet, if the outlet mentions it. */
  public Optional<OutletLabels> outlet(String outlet) {
    return outlets.stream().filter(o -> o.outlet().equals(outlet)).findFirst();
  }

  /** Total mentions across outlets. */
  public int mentions() {
    return outlets.stream().mapToInt(OutletLabels::mentions).sum();
  }
}
