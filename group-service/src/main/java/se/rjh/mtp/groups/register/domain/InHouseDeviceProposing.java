package se.rjh.mtp.groups.register.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import se.rjh.mtp.api.common.RequestKeyedNumbers;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ProposeInHouseDevice;

/**
 * Proposes a device: checks the proposal, takes the next number and creates the device, through both repositories
 * in ONE unit of work, so the number and its device are stored together or not at all.
 */
public record InHouseDeviceProposing(Repository<InHouseDeviceNumberSeries> series,
                                     Repository<InHouseDevice> devices, ResponsibleUnits units,
                                     RegisterPolicy policy) {

    /** @return the register id {@code EGT-<n>} */
    @CommandHandler
    public String handle(ProposeInHouseDevice command) throws Exception {
        ProposeInHouseDevice valid = InHouseDevice.validProposal(command, units);
        // The same decision delivered again gets the device it already has.
        return RequestKeyedNumbers.takeOnce(series, InHouseDeviceNumberSeries.SERIES_ID, InHouseDeviceNumberSeries::new,
                valid.requestKey(), deviceId -> devices.newInstance(() -> new InHouseDevice(deviceId, valid, policy)));
    }
}
