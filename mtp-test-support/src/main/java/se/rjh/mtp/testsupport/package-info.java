/**
 * What the services' tests and the system tests share: {@link se.rjh.mtp.testsupport.TestHttp} (HTTP as an outside
 * client), {@link se.rjh.mtp.testsupport.MutableClock}, {@link se.rjh.mtp.testsupport.KafkaTopics},
 * {@link se.rjh.mtp.testsupport.StartedService}, {@link se.rjh.mtp.testsupport.Await},
 * {@link se.rjh.mtp.testsupport.RecordingMongo} (an embedded MongoDB whose client records the commands sent),
 * {@link se.rjh.mtp.testsupport.Deliveries} (events handed to a read model interleaved and redelivered) and
 * {@link se.rjh.mtp.testsupport.Browser} (Selenium WebDriver over Debian's chromium).
 */
package se.rjh.mtp.testsupport;
