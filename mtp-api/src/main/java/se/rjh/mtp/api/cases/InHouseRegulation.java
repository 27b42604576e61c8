package se.rjh.mtp.api.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which Art. 5(5) applies to an in-house manufacturing case: the IVDR's when the case's device has an IVDR risk class,
 * otherwise the MDR's. Each has its own list of conditions ({@link InHouseConditionCode}).
 */
public enum InHouseRegulation {
    /** MDR 2017/745 Art. 5(5), points (a)–(h). */
    MDR(EnumSet.range(InHouseConditionCode.A, InHouseConditionCode.H)),
    /** IVDR 2017/746 Art. 5(5), points (a)–(i). */
    IVDR(EnumSet.range(InHouseConditionCode.A, InHouseConditionCode.I));

    private final Set<InHouseConditionCode> codes;

    InHouseRegulation(Set<InHouseConditionCode> codes) {
        this.codes = codes;
    }

    /** The conditions of this regulation's Art. 5(5), in order. */
    public List<InHouseConditionCode> conditions() {
        return List.copyOf(codes);
    }

    public boolean has(InHouseConditionCode code) {
        return codes.contains(code);
    }

    /** The IVDR for a device with an IVDR class, the MDR for any other or no device. */
    public static InHouseRegulation of(Device device) {
        return device != null && device.deviceClass() != null && device.deviceClass().isIvdr()
                ? IVDR : MDR;
    }
}
