/**
 * The public site and the frame of every page: the practice's home page for patients, the practice settings
 * shown on every page (name, logo text, address, phone), and the error pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.tpiclinic.site;
