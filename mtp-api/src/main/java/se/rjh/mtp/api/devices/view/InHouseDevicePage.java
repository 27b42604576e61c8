package se.rjh.mtp.api.devices.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of the register list, by register number.
 *
 * @param items the devices on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many devices match in all
 */
@Schema(name = "InHouseDevicePage")
public record InHouseDevicePage(
        List<InHouseDeviceListItem> items,
        int page,
        int size,
        long total) {
}
