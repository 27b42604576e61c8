/**
 * What the services' tests and the system tests share: {@link se.rjh.mtp.testsupport.TestHttp} (HTTP as an outside
 * client), {@link se.rjh.mtp.testsupport.MutableClock}, {@link se.rjh.mtp.testsupport.KafkaTopics},
 * {@link se.rjh.mtp.testsupport.StartedService}, {@link se.rjh.mtp.testsupport.Await} and
 * {@link se.rjh.mtp.testsupport.Browser} (Selenium WebDriver over Debian's chromium).
 */
package se.rjh.mtp.testsupport;
