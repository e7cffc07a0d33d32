package org.tpiclinic.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

    @GetMapping("/")
    String home() {
        return "site/home";
    }
}
