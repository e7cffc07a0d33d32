-- Informed-consent templates are versioned: an edit adds a version, old versions stay so a signed consent can
-- always be shown with the words the patient read. Signed consents keep the PDF of exactly what was signed.
CREATE TABLE consent_templates (
    version          INTEGER       NOT NULL PRIMARY KEY,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    procedure_text   VARCHAR(4000) NOT NULL,
    agents_text      VARCHAR(4000) NOT NULL,
    benefits_text    VARCHAR(4000) NOT NULL,
    alternatives_text VARCHAR(4000) NOT NULL,
    risks_text       VARCHAR(4000) NOT NULL,
    thorax_risk_text VARCHAR(4000) NOT NULL,
    steroid_risk_text VARCHAR(4000) NOT NULL,
    refusal_text     VARCHAR(4000) NOT NULL
);

CREATE TABLE consents (
    id                UUID         NOT NULL PRIMARY KEY,
    patient_id        UUID         NOT NULL REFERENCES patients (id),
    template_version  INTEGER      NOT NULL REFERENCES consent_templates (version),
    plan_code         VARCHAR(500) NOT NULL,
    typed_name        VARCHAR(200) NOT NULL,
    drawn             BOOLEAN      NOT NULL,
    witness_name      VARCHAR(200),
    signed_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    signed_by         VARCHAR(64)  NOT NULL,
    client_address    VARCHAR(64)  NOT NULL,
    valid_until       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    pdf               BYTEA        NOT NULL,
    pdf_sha256        CHAR(64)     NOT NULL,
    withdrawn_at      TIMESTAMP(6) WITH TIME ZONE,
    withdrawn_by      VARCHAR(64),
    withdrawal_reason VARCHAR(500)
);

CREATE INDEX consents_patient ON consents (patient_id, signed_at);

INSERT INTO consent_templates (version, created_at, created_by, reason, procedure_text, agents_text, benefits_text,
    alternatives_text, risks_text, thorax_risk_text, steroid_risk_text, refusal_text)
VALUES (1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'system',
 'First version, written from the clinical reference, section 8.1',
 'A trigger point is a tight, tender knot in a muscle that can cause pain there or further away. In a trigger point injection the clinician finds the knot by touch, cleans the skin and puts a thin needle into it, sometimes several times. The needle may inject a small amount of medicine, or nothing at all (dry needling). It takes a few minutes and you stay awake.',
 'What may be used: a local anaesthetic that numbs the area (lidocaine, bupivacaine or procaine), salt water (saline), or a needle alone with nothing injected. In some cases a small dose of a steroid (triamcinolone) is added to the anaesthetic. Your clinician tells you which one is planned for you.',
 'The aim is to relax the knot, ease the pain and make it easier to move and to do your exercises or physiotherapy. Many people feel better within days; the effect can last for weeks. It does not help everyone.',
 'You do not have to have this treatment. Other choices include stretching and exercise, physiotherapy, heat, massage, pain medicines taken by mouth, or doing nothing for now. You can ask about any of them.',
 'Most problems are small and pass quickly: soreness or a flare of pain for a day or two, bruising or a little bleeding, and feeling faint during or just after the needle. Less often: an infection where the needle went in, injury to a nerve or blood vessel, an allergic reaction to what is injected, or, very rarely, a reaction to the local anaesthetic reaching the blood (numb lips, ringing ears, dizziness, in severe cases a fit or heart rhythm problems). The treatment may not help. There may be risks no one can foresee.',
 'One or more of your planned sites lies over the chest, upper back, shoulder or neck, close to the lung. There the needle can, rarely, puncture the lung and let air leak around it (pneumothorax). Signs are new chest pain, shortness of breath or a dry cough, sometimes hours later. If you notice them, get urgent medical help and say you had a needle near the chest.',
 'A steroid is planned. It can raise blood sugar for a few days (important if you have diabetes), and it can thin the skin or the fat under it, leaving a small dent or a pale patch.',
 'You may ask questions at any time before you sign. You may refuse this treatment, and you may withdraw your consent at any time, even after signing, without it affecting the rest of your care.');
