package org.tpiclinic.demo;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether it shows demo data, and gives the sign-in page the demo logins. */
@ControllerAdvice
class DemoAdvice {

    private final DemoPractice demo;

    DemoAdvice(DemoPractice demo) {
        this.demo = demo;
    }

    @ModelAttribute("demoData")
    boolean demoData() {
        return demo.present();
    }

    @ModelAttribute("demoLogins")
    List<DemoLogin> demoLogins() {
        return demo.logins();
    }

    @ModelAttribute("demoPassword")
    String demoPassword() {
        return demo.password();
    }
}
