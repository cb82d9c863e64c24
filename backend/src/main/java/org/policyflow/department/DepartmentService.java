package org.policyflow.department;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policyflow.engine.EngineClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry in the database (pf_department, pf_department_alias): what imports resolve names against. */
@Service
public class DepartmentService {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final EngineClock clock;

    DepartmentService(JdbcClient jdbc, ApplicationEventPublisher events, EngineClock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Inserts the bodies and aliases of the registry file that the database lacks; rows already there are kept as
     * they are (their ids are referenced by items and processes).
     *
     * @return the bodies inserted
     */
    @Transactional
    public List<Body> syncRegistry(DepartmentRegistry registry) {
        Set<String> ids = new HashSet<>(jdbc.sql("select id from pf_department").query(String.class).list());
        Set<String> names = new HashSet<>(jdbc.sql("select name from pf_department").query(String.class).list());
        Set<String> aliases = new HashSet<>(jdbc.sql("select alias from pf_department_alias").query(String.class).list());
        List<Body> inserted = new ArrayList<>();
        for (DepartmentRegistry.Entry entry : registry.entries()) {
            Body body = entry.body();
            if (!ids.contains(body.id()) && !names.contains(body.name())) {
                insert(body, null);
                inserted.add(body);
                ids.add(body.id());
                names.add(body.name());
            }
            for (String alias : entry.aliases()) {
                if (ids.contains(body.id()) && !names.contains(alias) && aliases.add(alias)) {
                    jdbc.sql("insert into pf_department_alias (alias, department_id) values (?, ?)")
                            .params(alias, body.id()).update();
                }
            }
        }
        return inserted;
    }

    /**
     * Inserts those of the given bodies that have no row yet (bodies a plan named that the registry did not know).
     *
     * @return the bodies inserted
     */
    @Transactional
    public List<Body> registerMissing(Collection<Body> bodies, Long createdByPlan) {
        List<Body> inserted = new ArrayList<>();
        for (Body body : bodies) {
            if (findById(body.id()).isEmpty() && inserted.stream().noneMatch(b -> b.id().equals(body.id()))) {
                insert(body, createdByPlan);
                inserted.add(body);
            }
        }
        return inserted;
    }

    private void insert(Body body, Long createdByPlan) {
        jdbc.sql("insert into pf_department (id, name, kind, created_by_plan, created_at) values (?, ?, ?, ?, ?)")
                .params(body.id(), body.name(), body.kind(), createdByPlan, clock.now()).update();
        events.publishEvent(new DepartmentRegistered(body.id(), body.name(), body.kind()));
    }

    public Optional<Body> findById(String id) {
        return jdbc.sql("select id, name, kind from pf_department where id = ?").param(id)
                .query((rs, n) -> new Body(rs.getString("id"), rs.getString("name"), rs.getString("kind")))
                .optional();
    }

    /** Those of the ids that are bodies in the database (a Camunda group id may name a body or a role group). */
    public Set<String> registeredIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select id from pf_department where id in (:ids)").param("ids", ids).query(String.class).set();
    }

    /** Every body in the database: municipal bodies first, then counties, the offices and bodies imports created. */
    public List<Body> list() {
        return jdbc.sql("select id, name, kind from pf_department order by case kind when 'MUNICIPAL' then 0 "
                        + "when 'COUNTY' then 1 when 'COORDINATION' then 2 when 'GOVERNMENT_OFFICE' then 3 else 4 end, id")
                .query((rs, n) -> new Body(rs.getString("id"), rs.getString("name"), rs.getString("kind"))).list();
    }

    /** Every body and alias in the database, as a directory for reading a plan. */
    public BodyDirectory directory() {
        Map<String, Body> byId = new HashMap<>();
        Map<String, Body> byName = new HashMap<>();
        List<Body> counties = new ArrayList<>();
        jdbc.sql("select id, name, kind from pf_department order by id").query((rs, n) ->
                new Body(rs.getString("id"), rs.getString("name"), rs.getString("kind"))).list().forEach(body -> {
                    byId.put(body.id(), body);
                    byName.put(body.name(), body);
                });
        jdbc.sql("select alias, department_id from pf_department_alias").query((rs, n) -> {
            Body body = byId.get(rs.getString("department_id"));
            if (body != null) {
                byName.putIfAbsent(rs.getString("alias"), body);
            }
            return null;
        }).list();
        // counties in registry order, so that implementers keep the order the registry gives them
        DepartmentRegistry.load().counties().forEach(county -> {
            if (byId.containsKey(county.id())) {
                counties.add(byId.get(county.id()));
            }
        });
        byId.values().stream().filter(Body::isCounty).filter(b -> !counties.contains(b)).forEach(counties::add);
        return new BodyDirectory() {
            @Override
            public Optional<Body> find(String name) {
                return Optional.ofNullable(byName.get(name));
            }

            @Override
            public List<Body> counties() {
                return List.copyOf(counties);
            }
        };
    }
}
