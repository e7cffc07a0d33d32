/**
 * The public site and the frame of every page: the practice's home page for patients, the practice settings
 * shown on every page (name, logo text, address, phone), and the error pages.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.tpiclinic.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
