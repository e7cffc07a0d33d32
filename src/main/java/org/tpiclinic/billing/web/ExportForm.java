package org.tpiclinic.billing.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The range of service dates to export, both days included. A bean so that each date binds on its own. */
public class ExportForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
