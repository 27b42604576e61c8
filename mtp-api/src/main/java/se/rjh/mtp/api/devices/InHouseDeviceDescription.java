package se.rjh.mtp.api.devices;

import se.rjh.mtp.api.cases.DeviceClass;

/**
 * What the register says a device is. Fields may be null until filled in (a proposal knows only name, kind, intended
 * purpose and unit).
 *
 * @param name the device's name
 * @param deviceVersion the manufacturer's own version label, e.g. {@code 2.1}
 * @param kind MD or IVD
 * @param intendedPurpose the intended purpose (avsett ändamål)
 * @param targetGroup the target patient group
 * @param riskClass the risk class; MDR_* for MD, IVDR_* for IVD
 * @param classificationRule the Annex VIII rule applied, e.g. {@code Rule 11}
 * @param classificationRationale why that rule and class
 * @param responsibleUnitId the unit (enhetsregistret) responsible as manufacturer
 * @param manufacturingSite where the device is made
 * @param qmsReference the quality management system it is made under
 * @param riskManagementFileRef reference to the risk-management file
 * @param documentationRef reference to the Art. 5(5) documentation of facility, process, design and performance
 * @param unitsPerYear units produced per year, where it makes sense (software: null)
 */
public record InHouseDeviceDescription(
        String name,
        String deviceVersion,
        DeviceKind kind,
        String intendedPurpose,
        String targetGroup,
        DeviceClass riskClass,
        String classificationRule,
        String classificationRationale,
        String responsibleUnitId,
        String manufacturingSite,
        String qmsReference,
        String riskManagementFileRef,
        String documentationRef,
        Integer unitsPerYear) {
}
