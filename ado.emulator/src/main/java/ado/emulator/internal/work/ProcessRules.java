package ado.emulator.internal.work;

import ado.emulator.internal.org.Project;
import ado.emulator.internal.wit.WorkItemRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link WorkItemRules} from the process and classification stores: the enabled work item types of the project's
 * process (hidden states left out; a disabled type is absent, so new work items of it are refused), the
 * organisation's fields, and the area and iteration paths that exist now. Thread-safe: every call takes the store
 * lock. Construct it over the emulator's {@link WorkStore}: {@code new ProcessRules(work)}.
 */
public final class ProcessRules implements WorkItemRules {

    private final WorkStore work;

    /** Creates the rules over {@code work}. */
    public ProcessRules(WorkStore work) {
        this.work = Objects.requireNonNull(work, "work == null");
    }

    @Override
    public Optional<TypeRules> type(String project, String name) {
        return work.locked(() -> {
            Optional<Project> p = work.org().findProject(project);
            if (p.isEmpty()) {
                return Optional.empty();
            }
            return work.processes().of(p.get()).type(name).filter(t -> !t.disabled()).map(ProcessRules::rules);
        });
    }

    private static TypeRules rules(WitDef t) {
        List<String> states = t.states().stream().map(StateDef::name).toList();
        Map<String, Set<String>> transitions = new LinkedHashMap<>();
        states.forEach(s -> transitions.put(s, Set.copyOf(t.transitionsFrom(s))));
        return new TypeRules(t.name(), t.referenceName(), t.initialState(), states, Map.copyOf(transitions),
                Set.copyOf(t.requiredFields()));
    }

    @Override
    public Optional<FieldRules> field(String nameOrReference) {
        return work.locked(() -> work.processes().field(nameOrReference)
                .map(f -> new FieldRules(f.referenceName(), f.name(), f.type(), f.readOnly())));
    }

    @Override
    public boolean pathExists(String project, String kind, String path) {
        Objects.requireNonNull(kind, "kind == null");
        if (!kind.equals("area") && !kind.equals("iteration")) {
            throw new IllegalArgumentException("kind must be area or iteration: " + kind);
        }
        return work.locked(() -> work.org().findProject(project)
                .flatMap(p -> work.nodes().byFieldPath(p, kind, path)).isPresent());
    }
}
