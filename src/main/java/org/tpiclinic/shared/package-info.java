/**
 * Small, stable building blocks every module may use: the clock, and exceptions that map to HTTP answers.
 * No business logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tpiclinic.shared;
