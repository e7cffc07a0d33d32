/**
 * Small, stable building blocks every module may use: the clock, exceptions that map to HTTP answers, typed ids
 * ({@link org.tpiclinic.shared.PatientId} and the like) and quantities with units ({@link
 * org.tpiclinic.shared.Milligrams}, {@link org.tpiclinic.shared.Millilitres}, {@link
 * org.tpiclinic.shared.Concentration}, {@link org.tpiclinic.shared.Kilograms}), the one answer for an emailed link
 * that no longer works ({@link org.tpiclinic.shared.LinkExpiredException}) and the database counter behind every
 * rate limit ({@link org.tpiclinic.shared.RateCounter}, {@link org.tpiclinic.shared.PublicPageLimit}).
 * No business logic lives here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.tpiclinic.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
