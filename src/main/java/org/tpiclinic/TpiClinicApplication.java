package org.tpiclinic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * TPI Clinic: runs a pain-management practice's trigger point injection service as one modular monolith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TpiClinicApplication {

    public static void main(String[] args) {
        SpringApplication.run(TpiClinicApplication.class, args);
    }
}
