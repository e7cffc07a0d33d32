-- Assessment: pain drawings per visit (zones with intensity and quality) and trigger-point findings.
-- Zone and muscle codes are those of the versioned data files assessment/zones.csv and assessment/atlas.csv;
-- the application checks them before it writes. Clinical records are never deleted.

CREATE TABLE pain_drawings (
    id            UUID         NOT NULL PRIMARY KEY,
    patient_id    UUID         NOT NULL REFERENCES patients (id),
    visit_date    DATE         NOT NULL,
    drawn_by      VARCHAR(80)  NOT NULL,
    drawn_by_role VARCHAR(16)  NOT NULL,
    drawn_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    note          VARCHAR(500)
);
CREATE INDEX pain_drawings_patient_idx ON pain_drawings (patient_id, visit_date, drawn_at);

CREATE TABLE pain_drawing_marks (
    drawing_id UUID        NOT NULL REFERENCES pain_drawings (id),
    position   SMALLINT    NOT NULL,
    zone_code  VARCHAR(40) NOT NULL,
    intensity  SMALLINT    NOT NULL,
    quality    VARCHAR(16),
    CONSTRAINT pain_drawing_marks_pk PRIMARY KEY (drawing_id, zone_code),
    CONSTRAINT pain_drawing_marks_intensity_ck CHECK (intensity BETWEEN 0 AND 10)
);
CREATE INDEX pain_drawing_marks_zone_idx ON pain_drawing_marks (zone_code);

CREATE TABLE trigger_point_findings (
    id              UUID          NOT NULL PRIMARY KEY,
    patient_id      UUID          NOT NULL REFERENCES patients (id),
    visit_date      DATE          NOT NULL,
    muscle          VARCHAR(40)   NOT NULL,
    side            VARCHAR(5)    NOT NULL,
    chart_view      VARCHAR(8)    NOT NULL,
    x               NUMERIC(6, 1) NOT NULL,
    y               NUMERIC(6, 1) NOT NULL,
    zone_code       VARCHAR(40),
    active          BOOLEAN       NOT NULL,
    taut_band       BOOLEAN       NOT NULL,
    twitch_response BOOLEAN       NOT NULL,
    jump_sign       BOOLEAN       NOT NULL,
    reproduces_pain BOOLEAN       NOT NULL,
    note            VARCHAR(500),
    carried_over    BOOLEAN       NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(80)   NOT NULL,
    CONSTRAINT trigger_point_findings_side_ck CHECK (side IN ('LEFT', 'RIGHT')),
    CONSTRAINT trigger_point_findings_view_ck CHECK (chart_view IN ('FRONT', 'BACK', 'HEAD')),
    CONSTRAINT trigger_point_findings_position_ck CHECK (x >= 0 AND y >= 0)
);
CREATE INDEX trigger_point_findings_patient_idx ON trigger_point_findings (patient_id, visit_date);
-- "Patients with findings in this muscle / in this zone": index-only lookups at 100,000 patients.
CREATE INDEX trigger_point_findings_muscle_idx ON trigger_point_findings (muscle, patient_id);
CREATE INDEX trigger_point_findings_zone_idx ON trigger_point_findings (zone_code, patient_id);
