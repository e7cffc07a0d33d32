package org.tpiclinic.scheduling.web;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.SchedulingSetup;

/** Admin: the practice's locations, their contact details and IANA time zones. */
@Controller
@RequestMapping("/admin/locations")
class AdminLocationsController {

    private final SchedulingDirectory directory;
    private final SchedulingSetup setup;

    AdminLocationsController(SchedulingDirectory directory, SchedulingSetup setup) {
        this.directory = directory;
        this.setup = setup;
    }

    record LocationForm(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 200) String address,
            @NotBlank @Size(max = 32) String phone, @NotBlank String timeZone) {

        static LocationForm of(Location l) {
            return new LocationForm(l.name(), l.address(), l.phone(), l.zone().getId());
        }
    }

    @ModelAttribute("zones")
    List<String> zones() {
        return AdminForms.ZONES;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("locations", directory.locations());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LocationForm("", "", "", ""));
        }
        return "scheduling/admin/locations";
    }

    @PostMapping
    String open(@Valid @ModelAttribute("form") LocationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var zone = AdminForms.zone(form.timeZone(), errors);
        if (!errors.hasErrors()) {
            try {
                setup.openLocation(form.name(), form.address(), form.phone(), zone);
                redirect.addFlashAttribute("notice", "Location " + form.name().trim() + " added.");
                return "redirect:/admin/locations";
            } catch (IllegalArgumentException refused) {
                errors.reject("location.refused", refused.getMessage());
            }
        }
        return list(model);
    }

    @GetMapping("/{locationId}")
    String edit(@PathVariable UUID locationId, Model model) {
        var location = directory.location(locationId);
        model.addAttribute("location", location);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LocationForm.of(location));
        }
        return "scheduling/admin/location";
    }

    @PostMapping("/{locationId}")
    String change(@PathVariable UUID locationId, @Valid @ModelAttribute("form") LocationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        directory.location(locationId);
        ZoneId zone = AdminForms.zone(form.timeZone(), errors);
        if (!errors.hasErrors()) {
            try {
                setup.changeLocation(locationId, form.name(), form.address(), form.phone(), zone);
                redirect.addFlashAttribute("notice", "Location " + form.name().trim() + " saved.");
                return "redirect:/admin/locations";
            } catch (IllegalArgumentException refused) {
                errors.reject("location.refused", refused.getMessage());
            }
        }
        return edit(locationId, model);
    }
}
