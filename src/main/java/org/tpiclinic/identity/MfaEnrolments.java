package org.tpiclinic.identity;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MfaEnrolments extends ListCrudRepository<MfaEnrolment, UUID> {
}
