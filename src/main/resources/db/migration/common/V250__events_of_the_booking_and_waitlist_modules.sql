-- Online booking and the waitlist left scheduling for modules of their own (decision 29). Publications still in
-- the event registry name the old classes and listeners; rename them so that an incomplete one is delivered to
-- the listener that now handles it, and a completed one still reads back.
UPDATE event_publication
   SET event_type = REPLACE(REPLACE(REPLACE(REPLACE(event_type,
           'org.tpiclinic.scheduling.OnlineBookingRequested', 'org.tpiclinic.booking.OnlineBookingRequested'),
           'org.tpiclinic.scheduling.WaitlistOfferMade', 'org.tpiclinic.waitlist.WaitlistOfferMade'),
           'org.tpiclinic.scheduling.online.', 'org.tpiclinic.booking.'),
           'org.tpiclinic.scheduling.waitlist.', 'org.tpiclinic.waitlist.'),
       listener_id = REPLACE(REPLACE(REPLACE(REPLACE(listener_id,
           'org.tpiclinic.scheduling.OnlineBookingRequested', 'org.tpiclinic.booking.OnlineBookingRequested'),
           'org.tpiclinic.scheduling.WaitlistOfferMade', 'org.tpiclinic.waitlist.WaitlistOfferMade'),
           'org.tpiclinic.scheduling.online.', 'org.tpiclinic.booking.'),
           'org.tpiclinic.scheduling.waitlist.', 'org.tpiclinic.waitlist.');
