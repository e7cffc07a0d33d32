package org.tpiclinic.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByRoleAscUsernameAsc();

    boolean existsByRoleAndEnabledTrue(Role role);

    /** The enabled accounts of a role, their rows locked until the transaction ends. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    List<UserAccount> findByRoleAndEnabledTrueOrderById(Role role);
}
