package org.tpiclinic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.outcomes.OutcomeLoader;
import org.tpiclinic.outcomes.Trajectories;
import org.tpiclinic.scheduling.SchedulingDirectory;

/**
 * Gives most demo patients a course of one to three sessions over the last ten months with their scores, in
 * outcomes' own tables (in two batches), so /outcomes tells the story a real practice would see. The second and
 * third portal patients are left without one: they see the baseline form. Patients with real signed sessions
 * ({@link DemoSessions}) get none either: their scores come from those sessions.
 */
@Component
class DemoOutcomes {

    private final OutcomeLoader loader;
    private final SchedulingDirectory directory;

    DemoOutcomes(OutcomeLoader loader, SchedulingDirectory directory) {
        this.loader = loader;
        this.directory = directory;
    }

    /** @param treated patients with real signed sessions: their outcomes come from those, not from a trajectory */
    void load(long seed, List<UUID> patients, UUID clinician, LocalDate today, List<UUID> treated) {
        var random = new Random(seed ^ 0x5eed0L);
        var locations = directory.locations().stream().map(l -> l.id()).toList();
        var sessions = new ArrayList<OutcomeLoader.SessionRow>();
        var scores = new ArrayList<OutcomeLoader.ScoreRow>();
        for (int i = 0; i < patients.size(); i++) {
            if (i == 1 || i == 2 || random.nextDouble() < 0.15) {
                continue;
            }
            if (treated.contains(patients.get(i))) {
                continue;
            }
            LocalDate start = today.minusDays(20 + random.nextInt(280));
            Trajectories.generate(random, patients.get(i), List.of(clinician), locations, start, today, sessions,
                    scores);
        }
        loader.load(sessions, scores);
        loader.recomputeAll();
    }
}
