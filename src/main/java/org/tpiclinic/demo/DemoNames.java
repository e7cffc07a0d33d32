package org.tpiclinic.demo;

import java.util.Random;

/**
 * Small lists of common US given names, family names, streets and towns, combined at random for the synthetic
 * demo patients. Kept here rather than pulling a fake-data library into the production jar.
 */
final class DemoNames {

    private static final String[] FEMALE = { "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara",
            "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley",
            "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca",
            "Laura", "Sharon", "Cynthia", "Amy", "Angela", "Anna", "Maria", "Rosa", "Mei", "Aisha", "Priya", "Sofia",
            "Yolanda", "Grace" };
    private static final String[] MALE = { "James", "Robert", "John", "Michael", "David", "William", "Richard",
            "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven",
            "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Jason", "Edward",
            "Jeffrey", "Ryan", "Jacob", "Luis", "Carlos", "Wei", "Omar", "Raj", "Diego", "Samuel", "Hector", "Tyrone" };
    private static final String[] FAMILY = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
            "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
            "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
            "Roberts", "Chen", "Patel", "Kim", "O'Brien", "Murphy", "Cooper", "Reed", "Bailey", "Bell", "Gomez" };
    private static final String[] STREETS = { "Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill",
            "Park", "Main", "Church", "Sunset", "Highland", "Meadow", "River", "Willow", "Forest", "Spring", "Ridge",
            "Harbor" };
    private static final String[] SUFFIXES = { "Street", "Avenue", "Road", "Lane", "Drive", "Court", "Place" };
    /** Towns near the demo's two locations: city, state, ZIP code. */
    private static final String[][] TOWNS = { { "Bay Shore", "NY", "11706" }, { "Islip", "NY", "11751" },
            { "Babylon", "NY", "11702" }, { "Patchogue", "NY", "11772" }, { "Sayville", "NY", "11782" },
            { "Brentwood", "NY", "11717" }, { "Scottsdale", "AZ", "85251" }, { "Tempe", "AZ", "85281" },
            { "Mesa", "AZ", "85201" }, { "Phoenix", "AZ", "85004" }, { "Chandler", "AZ", "85225" },
            { "Fountain Hills", "AZ", "85268" } };

    private final Random random;

    DemoNames(Random random) {
        this.random = random;
    }

    String given(boolean female) {
        return pick(female ? FEMALE : MALE);
    }

    String family() {
        return pick(FAMILY);
    }

    String street() {
        return (10 + random.nextInt(9_000)) + " " + pick(STREETS) + " " + pick(SUFFIXES);
    }

    /** City, state and ZIP code of one town. */
    String[] town() {
        return TOWNS[random.nextInt(TOWNS.length)];
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }
}
