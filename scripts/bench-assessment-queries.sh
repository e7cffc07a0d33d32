#!/usr/bin/env bash
# Assessment queries at scale on PostgreSQL (issue 11): 100,000 patients and 500,000 trigger-point findings, then
# "patients with findings in one muscle" and "findings inside one zone" (the SQL of AssessmentRecords) with
# pgbench, one client, per-statement latencies logged for percentiles.
#
# Usage: scripts/bench-assessment-queries.sh <database>   (a database migrated by the app or a *PostgresTests run;
#        its assessment rows and patients are replaced). Connection: PGHOST/PGUSER/PGPASSWORD (default tpi@127.0.0.1).
set -euo pipefail
db=${1:?name a scratch database, e.g. tpi_assessment}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-tpi} PGPASSWORD=${PGPASSWORD:-tpi}
cd "$(dirname "$0")/.."
muscles=$(awk -F'|' '!/^#/ && NR>1 && $1 != "code" && $1 != "version" {printf "%s\x27%s\x27", (n++ ? "," : ""), $1}' \
  src/main/resources/assessment/atlas.csv)
zones="'TOP_OF_SHOULDER_L','TOP_OF_SHOULDER_R','POSTERIOR_NECK_L','POSTERIOR_NECK_R','SCAPULA_L','SCAPULA_R','BUTTOCK_L','BUTTOCK_R','LOW_BACK_L','LOW_BACK_R','TEMPLE_L','TEMPLE_R','CALF_L','CALF_R','LATERAL_CHEST_L','LATERAL_CHEST_R'"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
psql -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
TRUNCATE trigger_point_findings, pain_drawing_marks, pain_drawings;
DELETE FROM patients WHERE mrn LIKE 'B%';
INSERT INTO patients (id, version, mrn, given_name, family_name, date_of_birth, sex, preferred_language, name_key,
                      registered_at)
SELECT md5('bench-patient-' || g)::uuid, 0, 'B' || g, 'Bench', 'Patient' || g, DATE '1950-01-01' + (g % 20000),
       'FEMALE', 'English', 'patient' || g || ' bench', now()
FROM generate_series(1, 100000) g;
INSERT INTO trigger_point_findings (id, patient_id, visit_date, muscle, side, chart_view, x, y, zone_code, active,
    taut_band, twitch_response, jump_sign, reproduces_pain, note, carried_over, recorded_at, recorded_by)
SELECT md5('bench-finding-' || g)::uuid, md5('bench-patient-' || (1 + (g * 7919) % 100000))::uuid,
       DATE '2024-01-01' + (g % 900)::int, (ARRAY[$muscles])[1 + (g * 31) % $(echo "$muscles" | tr ',' '\n' | wc -l)],
       CASE WHEN g % 2 = 0 THEN 'LEFT' ELSE 'RIGHT' END, 'BACK', 50 + g % 100, 60 + g % 300,
       (ARRAY[$zones])[1 + (g * 13) % 16], g % 3 <> 0, g % 2 = 0, g % 5 = 0, g % 7 = 0, g % 4 = 0, NULL, false, now(), 'bench'
FROM generate_series(1::bigint, 500000) g;
VACUUM ANALYZE patients;
VACUUM ANALYZE trigger_point_findings;
SQL
psql -d "$db" -c "SELECT count(DISTINCT patient_id) AS patients_with_findings, count(*) AS findings FROM trigger_point_findings"
cat > target/bench-muscle.sql <<SQL
\set m random(1, $(echo "$muscles" | tr ',' '\n' | wc -l))
SELECT DISTINCT patient_id FROM trigger_point_findings WHERE muscle = (ARRAY[$muscles])[:m] ORDER BY patient_id FETCH FIRST 200 ROWS ONLY;
SQL
cat > target/bench-zone.sql <<SQL
\set z random(1, 16)
SELECT * FROM trigger_point_findings WHERE zone_code = (ARRAY[$zones])[:z] ORDER BY patient_id, visit_date DESC FETCH FIRST 200 ROWS ONLY;
SQL
psql -d "$db" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT DISTINCT patient_id FROM trigger_point_findings WHERE muscle = 'PIRIFORMIS' ORDER BY patient_id FETCH FIRST 200 ROWS ONLY"
for query in muscle zone; do
  rm -f target/pgbench_log.*
  (cd target && pgbench -n -c 1 -T 20 -l -f "bench-$query.sql" "$db" | grep -E 'latency|tps')
  cat target/pgbench_log.* | awk '{print $3/1000}' | sort -n | awk -v q="$query" '{a[NR]=$1} END {
    printf "%s: n=%d median=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms\n", q, NR, a[int(NR*0.5)], a[int(NR*0.95)], a[int(NR*0.99)], a[NR]}'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
