package kz.election.operations;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import kz.election.common.ElectionTime;
import kz.election.platform.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The state of the election night read from the database when Prometheus scrapes (README "Operations",
 * metrics): how many jobs wait, incidents are open, tasks are open per process and commission; how many
 * protocols were submitted, accepted and refused (per control check), turnout reports came on time or
 * late, mails went out or wait to be retried, results were established and published. Database reads, not
 * counters: they hold for the whole installation whichever node did the work and survive restarts, so
 * every node reports the same numbers (PromQL takes their max). A scrape while the database is away
 * gets none of them, not an error.
 */
@Component
class ElectionNightGauges implements MultiCollector {

    private static final Logger LOG = LoggerFactory.getLogger(ElectionNightGauges.class);
    // a failing mail job's message (notification/Mailer): "Mail <template> to <masked address> ..."
    private static final String MAIL_FAILURE = "Mail %";

    private final JdbcClient jdbc;

    ElectionNightGauges(JdbcClient jdbc, ObjectProvider<PrometheusMeterRegistry> prometheus) {
        this.jdbc = jdbc;
        prometheus.ifAvailable(registry -> registry.getPrometheusRegistry().register(this));
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of("camunda_job_backlog", "camunda_incidents_open", "camunda_tasks_open", "election_protocols",
                "election_protocols_refused", "election_turnout_reports", "election_mails", "election_results");
    }

    @Override
    public MetricSnapshots collect() {
        try {
            return new MetricSnapshots(snapshots());
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCauseOf(failure)) {
                throw failure;
            }
            LOG.warn("Election night gauges skipped: the database cannot be reached");
            return new MetricSnapshots(List.of());
        }
    }

    private List<MetricSnapshot> snapshots() {
        Timestamp now = Timestamp.from(ElectionTime.now());
        List<MetricSnapshot> snapshots = new ArrayList<>();
        snapshots.add(gauge("camunda_job_backlog", "jobs due now and not yet taken, by job type", List.of("type"), """
                SELECT handler_type_, count(*) FROM act_ru_job
                WHERE retries_ > 0 AND suspension_state_ = 1 AND (duedate_ IS NULL OR duedate_ <= :now)
                  AND (lock_exp_time_ IS NULL OR lock_exp_time_ < :now)
                GROUP BY handler_type_""", now));
        snapshots.add(gauge("camunda_incidents_open", "open incidents (failures waiting for a person), by type",
                List.of("type"), "SELECT incident_type_, count(*) FROM act_ru_incident GROUP BY incident_type_", null));
        snapshots.add(gauge("camunda_tasks_open", "open user tasks by process and commission (the engine tenant)",
                List.of("process", "commission"), """
                SELECT d.key_, coalesce(t.tenant_id_, 'none'), count(*) FROM act_ru_task t
                JOIN act_re_procdef d ON d.id_ = t.proc_def_id_ GROUP BY d.key_, t.tenant_id_""", null));
        snapshots.add(gauge("election_protocols", "precinct protocols: every submission, those accepted, those refused"
                + " by the control checks", List.of("state"), """
                SELECT 'submitted', count(*) FROM election.protocol
                UNION ALL SELECT 'accepted', count(*) FROM election.protocol WHERE accepted_at IS NOT NULL
                UNION ALL SELECT 'refused', count(*) FROM election.protocol WHERE status = 'REJECTED'""", null));
        snapshots.add(gauge("election_protocols_refused", "refused protocols by the control check they failed",
                List.of("check"), """
                SELECT f ->> 'check', count(*) FROM election.protocol p, jsonb_array_elements(p.failures) f
                WHERE p.status = 'REJECTED' GROUP BY f ->> 'check'""", null));
        snapshots.add(gauge("election_turnout_reports", "turnout reports received on time or late", List.of("timing"), """
                SELECT CASE WHEN reported_at <= due_at THEN 'on_time' ELSE 'late' END, count(*)
                FROM election.turnout_report GROUP BY 1""", null));
        snapshots.add(gauge("election_mails", "mails sent (the mail log), waiting to be retried after a failure, and"
                + " given up (an incident)", List.of("state"), """
                SELECT 'sent', count(*) FROM election.mail_log
                UNION ALL SELECT 'retrying', count(*) FROM act_ru_job WHERE retries_ > 0 AND exception_msg_ LIKE :mail
                UNION ALL SELECT 'failed', count(*) FROM act_ru_incident WHERE incident_msg_ LIKE :mail""", null));
        snapshots.add(gauge("election_results", "results established and published", List.of("state"), """
                SELECT 'established', count(*) FROM election.election_result WHERE established_at IS NOT NULL
                UNION ALL SELECT 'published', count(*) FROM election.election_result WHERE published_at IS NOT NULL""",
                null));
        return snapshots;
    }

    private GaugeSnapshot gauge(String name, String help, List<String> labels, String sql, Timestamp now) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (sql.contains(":now")) {
            statement = statement.param("now", now);
        }
        if (sql.contains(":mail")) {
            statement = statement.param("mail", MAIL_FAILURE);
        }
        GaugeSnapshot.Builder gauge = GaugeSnapshot.builder().name(name).help(help);
        statement.query((row, number) -> {
            String[] names = labels.toArray(String[]::new);
            String[] values = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                values[i] = String.valueOf(row.getString(i + 1));
            }
            return GaugeDataPointSnapshot.builder().labels(Labels.of(names, values))
                    .value(row.getLong(names.length + 1)).build();
        }).list().forEach(gauge::dataPoint);
        return gauge.build();
    }
}
