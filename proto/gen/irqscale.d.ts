import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace irqscale. */
export namespace irqscale {

    /**
     * Properties of a PholdMsg.
     * @deprecated Use irqscale.PholdMsg.$Properties instead.
     */
    interface IPholdMsg extends irqscale.PholdMsg.$Properties {
    }

    /** Represents a PholdMsg. */
    class PholdMsg {

        /**
         * Constructs a new PholdMsg.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.PholdMsg.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PholdMsg hops. */
        hops: number;

        /**
         * Creates a new PholdMsg instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PholdMsg instance
         */
        static create(properties: irqscale.PholdMsg.$Shape): irqscale.PholdMsg & irqscale.PholdMsg.$Shape;
        static create(properties?: irqscale.PholdMsg.$Properties): irqscale.PholdMsg;

        /**
         * Encodes the specified PholdMsg message. Does not implicitly {@link irqscale.PholdMsg.verify|verify} messages.
         * @param message PholdMsg message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.PholdMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PholdMsg message, length delimited. Does not implicitly {@link irqscale.PholdMsg.verify|verify} messages.
         * @param message PholdMsg message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.PholdMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PholdMsg message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.PholdMsg & irqscale.PholdMsg.$Shape} PholdMsg
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.PholdMsg & irqscale.PholdMsg.$Shape;

        /**
         * Decodes a PholdMsg message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.PholdMsg & irqscale.PholdMsg.$Shape} PholdMsg
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.PholdMsg & irqscale.PholdMsg.$Shape;

        /**
         * Verifies a PholdMsg message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a PholdMsg message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PholdMsg
         */
        static fromObject(object: { [k: string]: any }): irqscale.PholdMsg;

        /**
         * Creates a plain object from a PholdMsg message. Also converts values to other types if specified.
         * @param message PholdMsg
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.PholdMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PholdMsg to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PholdMsg
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PholdMsg {

        /** Properties of a PholdMsg. */
        interface $Properties {

            /** PholdMsg hops */
            hops?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PholdMsg. */
        type $Shape = irqscale.PholdMsg.$Properties;
    }

    /**
     * Properties of a Pkts.
     * @deprecated Use irqscale.Pkts.$Properties instead.
     */
    interface IPkts extends irqscale.Pkts.$Properties {
    }

    /** Represents a Pkts. */
    class Pkts {

        /**
         * Constructs a new Pkts.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Pkts.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Pkts conn. */
        conn: number;

        /** Pkts req. */
        req: number;

        /** Pkts pkts. */
        pkts: number;

        /** Pkts kind. */
        kind: number;

        /** Pkts sentAt. */
        sentAt: number;

        /** Pkts replyTo. */
        replyTo: number;

        /** Pkts vm. */
        vm: number;

        /** Pkts queue. */
        queue: number;

        /** Pkts dst. */
        dst: number;

        /** Pkts replyVm. */
        replyVm: number;

        /** Pkts replyQueue. */
        replyQueue: number;

        /**
         * Creates a new Pkts instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Pkts instance
         */
        static create(properties: irqscale.Pkts.$Shape): irqscale.Pkts & irqscale.Pkts.$Shape;
        static create(properties?: irqscale.Pkts.$Properties): irqscale.Pkts;

        /**
         * Encodes the specified Pkts message. Does not implicitly {@link irqscale.Pkts.verify|verify} messages.
         * @param message Pkts message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Pkts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Pkts message, length delimited. Does not implicitly {@link irqscale.Pkts.verify|verify} messages.
         * @param message Pkts message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Pkts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Pkts message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Pkts & irqscale.Pkts.$Shape} Pkts
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Pkts & irqscale.Pkts.$Shape;

        /**
         * Decodes a Pkts message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Pkts & irqscale.Pkts.$Shape} Pkts
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Pkts & irqscale.Pkts.$Shape;

        /**
         * Verifies a Pkts message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Pkts message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Pkts
         */
        static fromObject(object: { [k: string]: any }): irqscale.Pkts;

        /**
         * Creates a plain object from a Pkts message. Also converts values to other types if specified.
         * @param message Pkts
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Pkts, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Pkts to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Pkts
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Pkts {

        /** Properties of a Pkts. */
        interface $Properties {

            /** Pkts conn */
            conn?: (number|null);

            /** Pkts req */
            req?: (number|null);

            /** Pkts pkts */
            pkts?: (number|null);

            /** Pkts kind */
            kind?: (number|null);

            /** Pkts sentAt */
            sentAt?: (number|null);

            /** Pkts replyTo */
            replyTo?: (number|null);

            /** Pkts vm */
            vm?: (number|null);

            /** Pkts queue */
            queue?: (number|null);

            /** Pkts dst */
            dst?: (number|null);

            /** Pkts replyVm */
            replyVm?: (number|null);

            /** Pkts replyQueue */
            replyQueue?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Pkts. */
        type $Shape = irqscale.Pkts.$Properties;
    }

    /**
     * Properties of a CpuReq.
     * @deprecated Use irqscale.CpuReq.$Properties instead.
     */
    interface ICpuReq extends irqscale.CpuReq.$Properties {
    }

    /** Represents a CpuReq. */
    class CpuReq {

        /**
         * Constructs a new CpuReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.CpuReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CpuReq cls. */
        cls: number;

        /** CpuReq ns. */
        ns: number;

        /** CpuReq token. */
        token: number;

        /** CpuReq from. */
        from: number;

        /** CpuReq path. */
        path: number;

        /** CpuReq arg. */
        arg: number;

        /**
         * Creates a new CpuReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CpuReq instance
         */
        static create(properties: irqscale.CpuReq.$Shape): irqscale.CpuReq & irqscale.CpuReq.$Shape;
        static create(properties?: irqscale.CpuReq.$Properties): irqscale.CpuReq;

        /**
         * Encodes the specified CpuReq message. Does not implicitly {@link irqscale.CpuReq.verify|verify} messages.
         * @param message CpuReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.CpuReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CpuReq message, length delimited. Does not implicitly {@link irqscale.CpuReq.verify|verify} messages.
         * @param message CpuReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.CpuReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CpuReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.CpuReq & irqscale.CpuReq.$Shape} CpuReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.CpuReq & irqscale.CpuReq.$Shape;

        /**
         * Decodes a CpuReq message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.CpuReq & irqscale.CpuReq.$Shape} CpuReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.CpuReq & irqscale.CpuReq.$Shape;

        /**
         * Verifies a CpuReq message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CpuReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CpuReq
         */
        static fromObject(object: { [k: string]: any }): irqscale.CpuReq;

        /**
         * Creates a plain object from a CpuReq message. Also converts values to other types if specified.
         * @param message CpuReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.CpuReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CpuReq to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CpuReq
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CpuReq {

        /** Properties of a CpuReq. */
        interface $Properties {

            /** CpuReq cls */
            cls?: (number|null);

            /** CpuReq ns */
            ns?: (number|null);

            /** CpuReq token */
            token?: (number|null);

            /** CpuReq from */
            from?: (number|null);

            /** CpuReq path */
            path?: (number|null);

            /** CpuReq arg */
            arg?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CpuReq. */
        type $Shape = irqscale.CpuReq.$Properties;
    }

    /**
     * Properties of a CpuDone.
     * @deprecated Use irqscale.CpuDone.$Properties instead.
     */
    interface ICpuDone extends irqscale.CpuDone.$Properties {
    }

    /** Represents a CpuDone. */
    class CpuDone {

        /**
         * Constructs a new CpuDone.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.CpuDone.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CpuDone token. */
        token: number;

        /**
         * Creates a new CpuDone instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CpuDone instance
         */
        static create(properties: irqscale.CpuDone.$Shape): irqscale.CpuDone & irqscale.CpuDone.$Shape;
        static create(properties?: irqscale.CpuDone.$Properties): irqscale.CpuDone;

        /**
         * Encodes the specified CpuDone message. Does not implicitly {@link irqscale.CpuDone.verify|verify} messages.
         * @param message CpuDone message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.CpuDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CpuDone message, length delimited. Does not implicitly {@link irqscale.CpuDone.verify|verify} messages.
         * @param message CpuDone message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.CpuDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CpuDone message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.CpuDone & irqscale.CpuDone.$Shape} CpuDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.CpuDone & irqscale.CpuDone.$Shape;

        /**
         * Decodes a CpuDone message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.CpuDone & irqscale.CpuDone.$Shape} CpuDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.CpuDone & irqscale.CpuDone.$Shape;

        /**
         * Verifies a CpuDone message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CpuDone message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CpuDone
         */
        static fromObject(object: { [k: string]: any }): irqscale.CpuDone;

        /**
         * Creates a plain object from a CpuDone message. Also converts values to other types if specified.
         * @param message CpuDone
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.CpuDone, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CpuDone to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CpuDone
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CpuDone {

        /** Properties of a CpuDone. */
        interface $Properties {

            /** CpuDone token */
            token?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CpuDone. */
        type $Shape = irqscale.CpuDone.$Properties;
    }

    /**
     * Properties of a Kick.
     * @deprecated Use irqscale.Kick.$Properties instead.
     */
    interface IKick extends irqscale.Kick.$Properties {
    }

    /** Represents a Kick. */
    class Kick {

        /**
         * Constructs a new Kick.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Kick.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Kick queue. */
        queue: number;

        /**
         * Creates a new Kick instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Kick instance
         */
        static create(properties: irqscale.Kick.$Shape): irqscale.Kick & irqscale.Kick.$Shape;
        static create(properties?: irqscale.Kick.$Properties): irqscale.Kick;

        /**
         * Encodes the specified Kick message. Does not implicitly {@link irqscale.Kick.verify|verify} messages.
         * @param message Kick message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Kick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Kick message, length delimited. Does not implicitly {@link irqscale.Kick.verify|verify} messages.
         * @param message Kick message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Kick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Kick message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Kick & irqscale.Kick.$Shape} Kick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Kick & irqscale.Kick.$Shape;

        /**
         * Decodes a Kick message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Kick & irqscale.Kick.$Shape} Kick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Kick & irqscale.Kick.$Shape;

        /**
         * Verifies a Kick message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Kick message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Kick
         */
        static fromObject(object: { [k: string]: any }): irqscale.Kick;

        /**
         * Creates a plain object from a Kick message. Also converts values to other types if specified.
         * @param message Kick
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Kick, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Kick to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Kick
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Kick {

        /** Properties of a Kick. */
        interface $Properties {

            /** Kick queue */
            queue?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Kick. */
        type $Shape = irqscale.Kick.$Properties;
    }

    /**
     * Properties of an IrqLine.
     * @deprecated Use irqscale.IrqLine.$Properties instead.
     */
    interface IIrqLine extends irqscale.IrqLine.$Properties {
    }

    /** Represents an IrqLine. */
    class IrqLine {

        /**
         * Constructs a new IrqLine.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.IrqLine.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** IrqLine intid. */
        intid: number;

        /**
         * Creates a new IrqLine instance using the specified properties.
         * @param [properties] Properties to set
         * @returns IrqLine instance
         */
        static create(properties: irqscale.IrqLine.$Shape): irqscale.IrqLine & irqscale.IrqLine.$Shape;
        static create(properties?: irqscale.IrqLine.$Properties): irqscale.IrqLine;

        /**
         * Encodes the specified IrqLine message. Does not implicitly {@link irqscale.IrqLine.verify|verify} messages.
         * @param message IrqLine message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.IrqLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified IrqLine message, length delimited. Does not implicitly {@link irqscale.IrqLine.verify|verify} messages.
         * @param message IrqLine message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.IrqLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an IrqLine message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.IrqLine & irqscale.IrqLine.$Shape} IrqLine
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.IrqLine & irqscale.IrqLine.$Shape;

        /**
         * Decodes an IrqLine message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.IrqLine & irqscale.IrqLine.$Shape} IrqLine
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.IrqLine & irqscale.IrqLine.$Shape;

        /**
         * Verifies an IrqLine message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an IrqLine message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns IrqLine
         */
        static fromObject(object: { [k: string]: any }): irqscale.IrqLine;

        /**
         * Creates a plain object from an IrqLine message. Also converts values to other types if specified.
         * @param message IrqLine
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.IrqLine, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this IrqLine to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for IrqLine
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace IrqLine {

        /** Properties of an IrqLine. */
        interface $Properties {

            /** IrqLine intid */
            intid?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an IrqLine. */
        type $Shape = irqscale.IrqLine.$Properties;
    }

    /**
     * Properties of a Msi.
     * @deprecated Use irqscale.Msi.$Properties instead.
     */
    interface IMsi extends irqscale.Msi.$Properties {
    }

    /** Represents a Msi. */
    class Msi {

        /**
         * Constructs a new Msi.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Msi.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Msi devid. */
        devid: number;

        /** Msi eventid. */
        eventid: number;

        /**
         * Creates a new Msi instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Msi instance
         */
        static create(properties: irqscale.Msi.$Shape): irqscale.Msi & irqscale.Msi.$Shape;
        static create(properties?: irqscale.Msi.$Properties): irqscale.Msi;

        /**
         * Encodes the specified Msi message. Does not implicitly {@link irqscale.Msi.verify|verify} messages.
         * @param message Msi message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Msi.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Msi message, length delimited. Does not implicitly {@link irqscale.Msi.verify|verify} messages.
         * @param message Msi message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Msi.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Msi message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Msi & irqscale.Msi.$Shape} Msi
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Msi & irqscale.Msi.$Shape;

        /**
         * Decodes a Msi message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Msi & irqscale.Msi.$Shape} Msi
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Msi & irqscale.Msi.$Shape;

        /**
         * Verifies a Msi message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Msi message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Msi
         */
        static fromObject(object: { [k: string]: any }): irqscale.Msi;

        /**
         * Creates a plain object from a Msi message. Also converts values to other types if specified.
         * @param message Msi
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Msi, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Msi to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Msi
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Msi {

        /** Properties of a Msi. */
        interface $Properties {

            /** Msi devid */
            devid?: (number|null);

            /** Msi eventid */
            eventid?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Msi. */
        type $Shape = irqscale.Msi.$Properties;
    }

    /**
     * Properties of a Virq.
     * @deprecated Use irqscale.Virq.$Properties instead.
     */
    interface IVirq extends irqscale.Virq.$Properties {
    }

    /** Represents a Virq. */
    class Virq {

        /**
         * Constructs a new Virq.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Virq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Virq intid. */
        intid: number;

        /**
         * Creates a new Virq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Virq instance
         */
        static create(properties: irqscale.Virq.$Shape): irqscale.Virq & irqscale.Virq.$Shape;
        static create(properties?: irqscale.Virq.$Properties): irqscale.Virq;

        /**
         * Encodes the specified Virq message. Does not implicitly {@link irqscale.Virq.verify|verify} messages.
         * @param message Virq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Virq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Virq message, length delimited. Does not implicitly {@link irqscale.Virq.verify|verify} messages.
         * @param message Virq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Virq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Virq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Virq & irqscale.Virq.$Shape} Virq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Virq & irqscale.Virq.$Shape;

        /**
         * Decodes a Virq message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Virq & irqscale.Virq.$Shape} Virq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Virq & irqscale.Virq.$Shape;

        /**
         * Verifies a Virq message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Virq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Virq
         */
        static fromObject(object: { [k: string]: any }): irqscale.Virq;

        /**
         * Creates a plain object from a Virq message. Also converts values to other types if specified.
         * @param message Virq
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Virq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Virq to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Virq
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Virq {

        /** Properties of a Virq. */
        interface $Properties {

            /** Virq intid */
            intid?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Virq. */
        type $Shape = irqscale.Virq.$Properties;
    }

    /**
     * Properties of a Vkick.
     * @deprecated Use irqscale.Vkick.$Properties instead.
     */
    interface IVkick extends irqscale.Vkick.$Properties {
    }

    /** Represents a Vkick. */
    class Vkick {

        /**
         * Constructs a new Vkick.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Vkick.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Vkick reason. */
        reason: number;

        /**
         * Creates a new Vkick instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Vkick instance
         */
        static create(properties: irqscale.Vkick.$Shape): irqscale.Vkick & irqscale.Vkick.$Shape;
        static create(properties?: irqscale.Vkick.$Properties): irqscale.Vkick;

        /**
         * Encodes the specified Vkick message. Does not implicitly {@link irqscale.Vkick.verify|verify} messages.
         * @param message Vkick message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Vkick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Vkick message, length delimited. Does not implicitly {@link irqscale.Vkick.verify|verify} messages.
         * @param message Vkick message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Vkick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Vkick message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Vkick & irqscale.Vkick.$Shape} Vkick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Vkick & irqscale.Vkick.$Shape;

        /**
         * Decodes a Vkick message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Vkick & irqscale.Vkick.$Shape} Vkick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Vkick & irqscale.Vkick.$Shape;

        /**
         * Verifies a Vkick message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Vkick message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Vkick
         */
        static fromObject(object: { [k: string]: any }): irqscale.Vkick;

        /**
         * Creates a plain object from a Vkick message. Also converts values to other types if specified.
         * @param message Vkick
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Vkick, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Vkick to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Vkick
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Vkick {

        /** Properties of a Vkick. */
        interface $Properties {

            /** Vkick reason */
            reason?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Vkick. */
        type $Shape = irqscale.Vkick.$Properties;
    }

    /**
     * Properties of a Steal.
     * @deprecated Use irqscale.Steal.$Properties instead.
     */
    interface ISteal extends irqscale.Steal.$Properties {
    }

    /** Represents a Steal. */
    class Steal {

        /**
         * Constructs a new Steal.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Steal.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Steal ns. */
        ns: number;

        /** Steal epoch. */
        epoch: number;

        /** Steal path. */
        path: number;

        /** Steal arg. */
        arg: number;

        /** Steal step. */
        step: number;

        /** Steal vm. */
        vm: number;

        /**
         * Creates a new Steal instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Steal instance
         */
        static create(properties: irqscale.Steal.$Shape): irqscale.Steal & irqscale.Steal.$Shape;
        static create(properties?: irqscale.Steal.$Properties): irqscale.Steal;

        /**
         * Encodes the specified Steal message. Does not implicitly {@link irqscale.Steal.verify|verify} messages.
         * @param message Steal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Steal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Steal message, length delimited. Does not implicitly {@link irqscale.Steal.verify|verify} messages.
         * @param message Steal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Steal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Steal message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Steal & irqscale.Steal.$Shape} Steal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Steal & irqscale.Steal.$Shape;

        /**
         * Decodes a Steal message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Steal & irqscale.Steal.$Shape} Steal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Steal & irqscale.Steal.$Shape;

        /**
         * Verifies a Steal message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Steal message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Steal
         */
        static fromObject(object: { [k: string]: any }): irqscale.Steal;

        /**
         * Creates a plain object from a Steal message. Also converts values to other types if specified.
         * @param message Steal
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Steal, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Steal to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Steal
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Steal {

        /** Properties of a Steal. */
        interface $Properties {

            /** Steal ns */
            ns?: (number|null);

            /** Steal epoch */
            epoch?: (number|null);

            /** Steal path */
            path?: (number|null);

            /** Steal arg */
            arg?: (number|null);

            /** Steal step */
            step?: (number|null);

            /** Steal vm */
            vm?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Steal. */
        type $Shape = irqscale.Steal.$Properties;
    }

    /**
     * Properties of a Dropped.
     * @deprecated Use irqscale.Dropped.$Properties instead.
     */
    interface IDropped extends irqscale.Dropped.$Properties {
    }

    /** Represents a Dropped. */
    class Dropped {

        /**
         * Constructs a new Dropped.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Dropped.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Dropped conn. */
        conn: number;

        /** Dropped req. */
        req: number;

        /**
         * Creates a new Dropped instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Dropped instance
         */
        static create(properties: irqscale.Dropped.$Shape): irqscale.Dropped & irqscale.Dropped.$Shape;
        static create(properties?: irqscale.Dropped.$Properties): irqscale.Dropped;

        /**
         * Encodes the specified Dropped message. Does not implicitly {@link irqscale.Dropped.verify|verify} messages.
         * @param message Dropped message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Dropped.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Dropped message, length delimited. Does not implicitly {@link irqscale.Dropped.verify|verify} messages.
         * @param message Dropped message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Dropped.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Dropped message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Dropped & irqscale.Dropped.$Shape} Dropped
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Dropped & irqscale.Dropped.$Shape;

        /**
         * Decodes a Dropped message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Dropped & irqscale.Dropped.$Shape} Dropped
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Dropped & irqscale.Dropped.$Shape;

        /**
         * Verifies a Dropped message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Dropped message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Dropped
         */
        static fromObject(object: { [k: string]: any }): irqscale.Dropped;

        /**
         * Creates a plain object from a Dropped message. Also converts values to other types if specified.
         * @param message Dropped
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Dropped, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Dropped to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Dropped
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Dropped {

        /** Properties of a Dropped. */
        interface $Properties {

            /** Dropped conn */
            conn?: (number|null);

            /** Dropped req */
            req?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Dropped. */
        type $Shape = irqscale.Dropped.$Properties;
    }

    /**
     * Properties of a Think.
     * @deprecated Use irqscale.Think.$Properties instead.
     */
    interface IThink extends irqscale.Think.$Properties {
    }

    /** Represents a Think. */
    class Think {

        /**
         * Constructs a new Think.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Think.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Think conn. */
        conn: number;

        /**
         * Creates a new Think instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Think instance
         */
        static create(properties: irqscale.Think.$Shape): irqscale.Think & irqscale.Think.$Shape;
        static create(properties?: irqscale.Think.$Properties): irqscale.Think;

        /**
         * Encodes the specified Think message. Does not implicitly {@link irqscale.Think.verify|verify} messages.
         * @param message Think message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Think.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Think message, length delimited. Does not implicitly {@link irqscale.Think.verify|verify} messages.
         * @param message Think message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Think.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Think message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Think & irqscale.Think.$Shape} Think
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Think & irqscale.Think.$Shape;

        /**
         * Decodes a Think message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Think & irqscale.Think.$Shape} Think
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Think & irqscale.Think.$Shape;

        /**
         * Verifies a Think message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Think message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Think
         */
        static fromObject(object: { [k: string]: any }): irqscale.Think;

        /**
         * Creates a plain object from a Think message. Also converts values to other types if specified.
         * @param message Think
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Think, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Think to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Think
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Think {

        /** Properties of a Think. */
        interface $Properties {

            /** Think conn */
            conn?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Think. */
        type $Shape = irqscale.Think.$Properties;
    }

    /**
     * Properties of a SegDone.
     * @deprecated Use irqscale.SegDone.$Properties instead.
     */
    interface ISegDone extends irqscale.SegDone.$Properties {
    }

    /** Represents a SegDone. */
    class SegDone {

        /**
         * Constructs a new SegDone.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.SegDone.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SegDone epoch. */
        epoch: number;

        /**
         * Creates a new SegDone instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SegDone instance
         */
        static create(properties: irqscale.SegDone.$Shape): irqscale.SegDone & irqscale.SegDone.$Shape;
        static create(properties?: irqscale.SegDone.$Properties): irqscale.SegDone;

        /**
         * Encodes the specified SegDone message. Does not implicitly {@link irqscale.SegDone.verify|verify} messages.
         * @param message SegDone message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.SegDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SegDone message, length delimited. Does not implicitly {@link irqscale.SegDone.verify|verify} messages.
         * @param message SegDone message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.SegDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SegDone message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.SegDone & irqscale.SegDone.$Shape} SegDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.SegDone & irqscale.SegDone.$Shape;

        /**
         * Decodes a SegDone message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.SegDone & irqscale.SegDone.$Shape} SegDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.SegDone & irqscale.SegDone.$Shape;

        /**
         * Verifies a SegDone message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SegDone message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SegDone
         */
        static fromObject(object: { [k: string]: any }): irqscale.SegDone;

        /**
         * Creates a plain object from a SegDone message. Also converts values to other types if specified.
         * @param message SegDone
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.SegDone, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SegDone to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SegDone
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SegDone {

        /** Properties of a SegDone. */
        interface $Properties {

            /** SegDone epoch */
            epoch?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SegDone. */
        type $Shape = irqscale.SegDone.$Properties;
    }

    /**
     * Properties of a HandBack.
     * @deprecated Use irqscale.HandBack.$Properties instead.
     */
    interface IHandBack extends irqscale.HandBack.$Properties {
    }

    /** Represents a HandBack. */
    class HandBack {

        /**
         * Constructs a new HandBack.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.HandBack.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HandBack epoch. */
        epoch: number;

        /** HandBack steps. */
        steps: number;

        /** HandBack ns. */
        ns: number;

        /**
         * Creates a new HandBack instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HandBack instance
         */
        static create(properties: irqscale.HandBack.$Shape): irqscale.HandBack & irqscale.HandBack.$Shape;
        static create(properties?: irqscale.HandBack.$Properties): irqscale.HandBack;

        /**
         * Encodes the specified HandBack message. Does not implicitly {@link irqscale.HandBack.verify|verify} messages.
         * @param message HandBack message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.HandBack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified HandBack message, length delimited. Does not implicitly {@link irqscale.HandBack.verify|verify} messages.
         * @param message HandBack message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.HandBack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HandBack message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.HandBack & irqscale.HandBack.$Shape} HandBack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.HandBack & irqscale.HandBack.$Shape;

        /**
         * Decodes a HandBack message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.HandBack & irqscale.HandBack.$Shape} HandBack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.HandBack & irqscale.HandBack.$Shape;

        /**
         * Verifies a HandBack message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a HandBack message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HandBack
         */
        static fromObject(object: { [k: string]: any }): irqscale.HandBack;

        /**
         * Creates a plain object from a HandBack message. Also converts values to other types if specified.
         * @param message HandBack
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.HandBack, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HandBack to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for HandBack
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace HandBack {

        /** Properties of a HandBack. */
        interface $Properties {

            /** HandBack epoch */
            epoch?: (number|null);

            /** HandBack steps */
            steps?: (number|null);

            /** HandBack ns */
            ns?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HandBack. */
        type $Shape = irqscale.HandBack.$Properties;
    }

    /**
     * Properties of an Arrival.
     * @deprecated Use irqscale.Arrival.$Properties instead.
     */
    interface IArrival extends irqscale.Arrival.$Properties {
    }

    /** Represents an Arrival. */
    class Arrival {

        /**
         * Constructs a new Arrival.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Arrival.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Arrival n. */
        n: number;

        /**
         * Creates a new Arrival instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Arrival instance
         */
        static create(properties: irqscale.Arrival.$Shape): irqscale.Arrival & irqscale.Arrival.$Shape;
        static create(properties?: irqscale.Arrival.$Properties): irqscale.Arrival;

        /**
         * Encodes the specified Arrival message. Does not implicitly {@link irqscale.Arrival.verify|verify} messages.
         * @param message Arrival message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Arrival.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Arrival message, length delimited. Does not implicitly {@link irqscale.Arrival.verify|verify} messages.
         * @param message Arrival message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Arrival.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Arrival message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Arrival & irqscale.Arrival.$Shape} Arrival
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Arrival & irqscale.Arrival.$Shape;

        /**
         * Decodes an Arrival message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Arrival & irqscale.Arrival.$Shape} Arrival
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Arrival & irqscale.Arrival.$Shape;

        /**
         * Verifies an Arrival message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Arrival message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Arrival
         */
        static fromObject(object: { [k: string]: any }): irqscale.Arrival;

        /**
         * Creates a plain object from an Arrival message. Also converts values to other types if specified.
         * @param message Arrival
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Arrival, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Arrival to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Arrival
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Arrival {

        /** Properties of an Arrival. */
        interface $Properties {

            /** Arrival n */
            n?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Arrival. */
        type $Shape = irqscale.Arrival.$Properties;
    }

    /**
     * Properties of a LockGrant.
     * @deprecated Use irqscale.LockGrant.$Properties instead.
     */
    interface ILockGrant extends irqscale.LockGrant.$Properties {
    }

    /** Represents a LockGrant. */
    class LockGrant {

        /**
         * Constructs a new LockGrant.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.LockGrant.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LockGrant lock. */
        lock: number;

        /**
         * Creates a new LockGrant instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LockGrant instance
         */
        static create(properties: irqscale.LockGrant.$Shape): irqscale.LockGrant & irqscale.LockGrant.$Shape;
        static create(properties?: irqscale.LockGrant.$Properties): irqscale.LockGrant;

        /**
         * Encodes the specified LockGrant message. Does not implicitly {@link irqscale.LockGrant.verify|verify} messages.
         * @param message LockGrant message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.LockGrant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LockGrant message, length delimited. Does not implicitly {@link irqscale.LockGrant.verify|verify} messages.
         * @param message LockGrant message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.LockGrant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LockGrant message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.LockGrant & irqscale.LockGrant.$Shape} LockGrant
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.LockGrant & irqscale.LockGrant.$Shape;

        /**
         * Decodes a LockGrant message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.LockGrant & irqscale.LockGrant.$Shape} LockGrant
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.LockGrant & irqscale.LockGrant.$Shape;

        /**
         * Verifies a LockGrant message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LockGrant message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LockGrant
         */
        static fromObject(object: { [k: string]: any }): irqscale.LockGrant;

        /**
         * Creates a plain object from a LockGrant message. Also converts values to other types if specified.
         * @param message LockGrant
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.LockGrant, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LockGrant to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LockGrant
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LockGrant {

        /** Properties of a LockGrant. */
        interface $Properties {

            /** LockGrant lock */
            lock?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LockGrant. */
        type $Shape = irqscale.LockGrant.$Properties;
    }

    /**
     * Properties of a Step.
     * @deprecated Use irqscale.Step.$Properties instead.
     */
    interface IStep extends irqscale.Step.$Properties {
    }

    /** Represents a Step. */
    class Step {

        /**
         * Constructs a new Step.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Step.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Step step. */
        step: number;

        /**
         * Creates a new Step instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Step instance
         */
        static create(properties: irqscale.Step.$Shape): irqscale.Step & irqscale.Step.$Shape;
        static create(properties?: irqscale.Step.$Properties): irqscale.Step;

        /**
         * Encodes the specified Step message. Does not implicitly {@link irqscale.Step.verify|verify} messages.
         * @param message Step message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Step.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Step message, length delimited. Does not implicitly {@link irqscale.Step.verify|verify} messages.
         * @param message Step message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Step.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Step message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Step & irqscale.Step.$Shape} Step
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Step & irqscale.Step.$Shape;

        /**
         * Decodes a Step message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Step & irqscale.Step.$Shape} Step
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Step & irqscale.Step.$Shape;

        /**
         * Verifies a Step message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Step message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Step
         */
        static fromObject(object: { [k: string]: any }): irqscale.Step;

        /**
         * Creates a plain object from a Step message. Also converts values to other types if specified.
         * @param message Step
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Step, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Step to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Step
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Step {

        /** Properties of a Step. */
        interface $Properties {

            /** Step step */
            step?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Step. */
        type $Shape = irqscale.Step.$Properties;
    }

    /**
     * Properties of a StealEnd.
     * @deprecated Use irqscale.StealEnd.$Properties instead.
     */
    interface IStealEnd extends irqscale.StealEnd.$Properties {
    }

    /** Represents a StealEnd. */
    class StealEnd {

        /**
         * Constructs a new StealEnd.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.StealEnd.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StealEnd epoch. */
        epoch: number;

        /**
         * Creates a new StealEnd instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StealEnd instance
         */
        static create(properties: irqscale.StealEnd.$Shape): irqscale.StealEnd & irqscale.StealEnd.$Shape;
        static create(properties?: irqscale.StealEnd.$Properties): irqscale.StealEnd;

        /**
         * Encodes the specified StealEnd message. Does not implicitly {@link irqscale.StealEnd.verify|verify} messages.
         * @param message StealEnd message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.StealEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StealEnd message, length delimited. Does not implicitly {@link irqscale.StealEnd.verify|verify} messages.
         * @param message StealEnd message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.StealEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StealEnd message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.StealEnd & irqscale.StealEnd.$Shape} StealEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.StealEnd & irqscale.StealEnd.$Shape;

        /**
         * Decodes a StealEnd message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.StealEnd & irqscale.StealEnd.$Shape} StealEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.StealEnd & irqscale.StealEnd.$Shape;

        /**
         * Verifies a StealEnd message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a StealEnd message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StealEnd
         */
        static fromObject(object: { [k: string]: any }): irqscale.StealEnd;

        /**
         * Creates a plain object from a StealEnd message. Also converts values to other types if specified.
         * @param message StealEnd
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.StealEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StealEnd to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StealEnd
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StealEnd {

        /** Properties of a StealEnd. */
        interface $Properties {

            /** StealEnd epoch */
            epoch?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StealEnd. */
        type $Shape = irqscale.StealEnd.$Properties;
    }

    /**
     * Properties of an Envelope.
     * @deprecated Use irqscale.Envelope.$Properties instead.
     */
    interface IEnvelope extends irqscale.Envelope.$Properties {
    }

    /** Represents an Envelope. */
    class Envelope {

        /**
         * Constructs a new Envelope.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Envelope.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Envelope time. */
        time: number;

        /** Envelope src. */
        src: number;

        /** Envelope seq. */
        seq: number;

        /** Envelope dst. */
        dst: number;

        /** Envelope phold. */
        phold?: (irqscale.PholdMsg.$Properties|null);

        /** Envelope pkts. */
        pkts?: (irqscale.Pkts.$Properties|null);

        /** Envelope cpuReq. */
        cpuReq?: (irqscale.CpuReq.$Properties|null);

        /** Envelope cpuDone. */
        cpuDone?: (irqscale.CpuDone.$Properties|null);

        /** Envelope kick. */
        kick?: (irqscale.Kick.$Properties|null);

        /** Envelope irqLine. */
        irqLine?: (irqscale.IrqLine.$Properties|null);

        /** Envelope msi. */
        msi?: (irqscale.Msi.$Properties|null);

        /** Envelope virq. */
        virq?: (irqscale.Virq.$Properties|null);

        /** Envelope vkick. */
        vkick?: (irqscale.Vkick.$Properties|null);

        /** Envelope steal. */
        steal?: (irqscale.Steal.$Properties|null);

        /** Envelope dropped. */
        dropped?: (irqscale.Dropped.$Properties|null);

        /** Envelope think. */
        think?: (irqscale.Think.$Properties|null);

        /** Envelope segDone. */
        segDone?: (irqscale.SegDone.$Properties|null);

        /** Envelope arrival. */
        arrival?: (irqscale.Arrival.$Properties|null);

        /** Envelope xmit. */
        xmit?: (irqscale.Pkts.$Properties|null);

        /** Envelope lockGrant. */
        lockGrant?: (irqscale.LockGrant.$Properties|null);

        /** Envelope step. */
        step?: (irqscale.Step.$Properties|null);

        /** Envelope stealEnd. */
        stealEnd?: (irqscale.StealEnd.$Properties|null);

        /** Envelope handBack. */
        handBack?: (irqscale.HandBack.$Properties|null);

        /** Envelope payload. */
        payload?: ("phold"|"pkts"|"cpuReq"|"cpuDone"|"kick"|"irqLine"|"msi"|"virq"|"vkick"|"steal"|"dropped"|"think"|"segDone"|"arrival"|"xmit"|"lockGrant"|"step"|"stealEnd"|"handBack");

        /**
         * Creates a new Envelope instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Envelope instance
         */
        static create(properties: irqscale.Envelope.$Shape): irqscale.Envelope & irqscale.Envelope.$Shape;
        static create(properties?: irqscale.Envelope.$Properties): irqscale.Envelope;

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link irqscale.Envelope.verify|verify} messages.
         * @param message Envelope message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Envelope message, length delimited. Does not implicitly {@link irqscale.Envelope.verify|verify} messages.
         * @param message Envelope message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Envelope & irqscale.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Envelope & irqscale.Envelope.$Shape;

        /**
         * Decodes an Envelope message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Envelope & irqscale.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Envelope & irqscale.Envelope.$Shape;

        /**
         * Verifies an Envelope message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Envelope
         */
        static fromObject(object: { [k: string]: any }): irqscale.Envelope;

        /**
         * Creates a plain object from an Envelope message. Also converts values to other types if specified.
         * @param message Envelope
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Envelope to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Envelope
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Envelope {

        /** Properties of an Envelope. */
        interface $Properties {

            /** Envelope time */
            time?: (number|null);

            /** Envelope src */
            src?: (number|null);

            /** Envelope seq */
            seq?: (number|null);

            /** Envelope dst */
            dst?: (number|null);

            /** Envelope phold */
            phold?: (irqscale.PholdMsg.$Properties|null);

            /** Envelope pkts */
            pkts?: (irqscale.Pkts.$Properties|null);

            /** Envelope cpuReq */
            cpuReq?: (irqscale.CpuReq.$Properties|null);

            /** Envelope cpuDone */
            cpuDone?: (irqscale.CpuDone.$Properties|null);

            /** Envelope kick */
            kick?: (irqscale.Kick.$Properties|null);

            /** Envelope irqLine */
            irqLine?: (irqscale.IrqLine.$Properties|null);

            /** Envelope msi */
            msi?: (irqscale.Msi.$Properties|null);

            /** Envelope virq */
            virq?: (irqscale.Virq.$Properties|null);

            /** Envelope vkick */
            vkick?: (irqscale.Vkick.$Properties|null);

            /** Envelope steal */
            steal?: (irqscale.Steal.$Properties|null);

            /** Envelope dropped */
            dropped?: (irqscale.Dropped.$Properties|null);

            /** Envelope think */
            think?: (irqscale.Think.$Properties|null);

            /** Envelope segDone */
            segDone?: (irqscale.SegDone.$Properties|null);

            /** Envelope arrival */
            arrival?: (irqscale.Arrival.$Properties|null);

            /** Envelope xmit */
            xmit?: (irqscale.Pkts.$Properties|null);

            /** Envelope lockGrant */
            lockGrant?: (irqscale.LockGrant.$Properties|null);

            /** Envelope step */
            step?: (irqscale.Step.$Properties|null);

            /** Envelope stealEnd */
            stealEnd?: (irqscale.StealEnd.$Properties|null);

            /** Envelope handBack */
            handBack?: (irqscale.HandBack.$Properties|null);

            /** Envelope payload */
            payload?: ("phold"|"pkts"|"cpuReq"|"cpuDone"|"kick"|"irqLine"|"msi"|"virq"|"vkick"|"steal"|"dropped"|"think"|"segDone"|"arrival"|"xmit"|"lockGrant"|"step"|"stealEnd"|"handBack");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an Envelope. */
        type $Shape = {
          time?: number|null;
          src?: number|null;
          seq?: number|null;
          dst?: number|null;
          phold?: irqscale.PholdMsg.$Shape|null;
          pkts?: irqscale.Pkts.$Shape|null;
          cpuReq?: irqscale.CpuReq.$Shape|null;
          cpuDone?: irqscale.CpuDone.$Shape|null;
          kick?: irqscale.Kick.$Shape|null;
          irqLine?: irqscale.IrqLine.$Shape|null;
          msi?: irqscale.Msi.$Shape|null;
          virq?: irqscale.Virq.$Shape|null;
          vkick?: irqscale.Vkick.$Shape|null;
          steal?: irqscale.Steal.$Shape|null;
          dropped?: irqscale.Dropped.$Shape|null;
          think?: irqscale.Think.$Shape|null;
          segDone?: irqscale.SegDone.$Shape|null;
          arrival?: irqscale.Arrival.$Shape|null;
          xmit?: irqscale.Pkts.$Shape|null;
          lockGrant?: irqscale.LockGrant.$Shape|null;
          step?: irqscale.Step.$Shape|null;
          stealEnd?: irqscale.StealEnd.$Shape|null;
          handBack?: irqscale.HandBack.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ payload?: undefined; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "phold"; phold: irqscale.PholdMsg.$Shape; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "pkts"; phold?: null; pkts: irqscale.Pkts.$Shape; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "cpuReq"; phold?: null; pkts?: null; cpuReq: irqscale.CpuReq.$Shape; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "cpuDone"; phold?: null; pkts?: null; cpuReq?: null; cpuDone: irqscale.CpuDone.$Shape; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "kick"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick: irqscale.Kick.$Shape; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "irqLine"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine: irqscale.IrqLine.$Shape; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "msi"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi: irqscale.Msi.$Shape; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "virq"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq: irqscale.Virq.$Shape; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "vkick"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick: irqscale.Vkick.$Shape; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "steal"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal: irqscale.Steal.$Shape; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "dropped"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped: irqscale.Dropped.$Shape; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "think"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think: irqscale.Think.$Shape; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "segDone"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone: irqscale.SegDone.$Shape; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "arrival"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival: irqscale.Arrival.$Shape; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "xmit"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit: irqscale.Pkts.$Shape; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "lockGrant"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant: irqscale.LockGrant.$Shape; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "step"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step: irqscale.Step.$Shape; stealEnd?: null; handBack?: null }|{ payload?: "stealEnd"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd: irqscale.StealEnd.$Shape; handBack?: null }|{ payload?: "handBack"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack: irqscale.HandBack.$Shape })
        );
    }

    /**
     * Properties of a Batch.
     * @deprecated Use irqscale.Batch.$Properties instead.
     */
    interface IBatch extends irqscale.Batch.$Properties {
    }

    /** Represents a Batch. */
    class Batch {

        /**
         * Constructs a new Batch.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Batch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Batch runId. */
        runId: string;

        /** Batch window. */
        window: number;

        /** Batch srcPartition. */
        srcPartition: number;

        /** Batch dstPartition. */
        dstPartition: number;

        /** Batch events. */
        events: irqscale.Envelope.$Properties[];

        /** Batch nextTime. */
        nextTime: number;

        /** Batch cutAhead. */
        cutAhead: boolean;

        /**
         * Creates a new Batch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Batch instance
         */
        static create(properties: irqscale.Batch.$Shape): irqscale.Batch & irqscale.Batch.$Shape;
        static create(properties?: irqscale.Batch.$Properties): irqscale.Batch;

        /**
         * Encodes the specified Batch message. Does not implicitly {@link irqscale.Batch.verify|verify} messages.
         * @param message Batch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Batch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Batch message, length delimited. Does not implicitly {@link irqscale.Batch.verify|verify} messages.
         * @param message Batch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Batch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Batch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Batch & irqscale.Batch.$Shape} Batch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Batch & irqscale.Batch.$Shape;

        /**
         * Decodes a Batch message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Batch & irqscale.Batch.$Shape} Batch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Batch & irqscale.Batch.$Shape;

        /**
         * Verifies a Batch message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Batch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Batch
         */
        static fromObject(object: { [k: string]: any }): irqscale.Batch;

        /**
         * Creates a plain object from a Batch message. Also converts values to other types if specified.
         * @param message Batch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Batch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Batch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Batch
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Batch {

        /** Properties of a Batch. */
        interface $Properties {

            /** Batch runId */
            runId?: (string|null);

            /** Batch window */
            window?: (number|null);

            /** Batch srcPartition */
            srcPartition?: (number|null);

            /** Batch dstPartition */
            dstPartition?: (number|null);

            /** Batch events */
            events?: (irqscale.Envelope.$Properties[]|null);

            /** Batch nextTime */
            nextTime?: (number|null);

            /** Batch cutAhead */
            cutAhead?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Batch. */
        type $Shape = {
          runId?: string|null;
          window?: number|null;
          srcPartition?: number|null;
          dstPartition?: number|null;
          events?: irqscale.Envelope.$Shape[]|null;
          nextTime?: number|null;
          cutAhead?: boolean|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a RunSpec.
     * @deprecated Use irqscale.RunSpec.$Properties instead.
     */
    interface IRunSpec extends irqscale.RunSpec.$Properties {
    }

    /** Represents a RunSpec. */
    class RunSpec {

        /**
         * Constructs a new RunSpec.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.RunSpec.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RunSpec runId. */
        runId: string;

        /** RunSpec configJson. */
        configJson: string;

        /** RunSpec partitions. */
        partitions: number;

        /** RunSpec workerPartitions. */
        workerPartitions: number[];

        /** RunSpec worker. */
        worker: string;

        /** RunSpec partitionOfGroup. */
        partitionOfGroup: number[];

        /** RunSpec preset. */
        preset: string;

        /** RunSpec coordinator. */
        coordinator: string;

        /** RunSpec traceFromNs. */
        traceFromNs: number;

        /** RunSpec traceToNs. */
        traceToNs: number;

        /** RunSpec token. */
        token: string;

        /** RunSpec stallTimeoutMs. */
        stallTimeoutMs: number;

        /** RunSpec beatEveryMs. */
        beatEveryMs: number;

        /** RunSpec checkpointEveryWindows. */
        checkpointEveryWindows: number;

        /** RunSpec checkpointEveryMs. */
        checkpointEveryMs: number;

        /** RunSpec checkpointBucket. */
        checkpointBucket: string;

        /** RunSpec resumeFrom. */
        resumeFrom: string;

        /** RunSpec checkpointRun. */
        checkpointRun: string;

        /**
         * Creates a new RunSpec instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunSpec instance
         */
        static create(properties: irqscale.RunSpec.$Shape): irqscale.RunSpec & irqscale.RunSpec.$Shape;
        static create(properties?: irqscale.RunSpec.$Properties): irqscale.RunSpec;

        /**
         * Encodes the specified RunSpec message. Does not implicitly {@link irqscale.RunSpec.verify|verify} messages.
         * @param message RunSpec message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.RunSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RunSpec message, length delimited. Does not implicitly {@link irqscale.RunSpec.verify|verify} messages.
         * @param message RunSpec message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.RunSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunSpec message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.RunSpec & irqscale.RunSpec.$Shape} RunSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.RunSpec & irqscale.RunSpec.$Shape;

        /**
         * Decodes a RunSpec message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.RunSpec & irqscale.RunSpec.$Shape} RunSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.RunSpec & irqscale.RunSpec.$Shape;

        /**
         * Verifies a RunSpec message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RunSpec message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RunSpec
         */
        static fromObject(object: { [k: string]: any }): irqscale.RunSpec;

        /**
         * Creates a plain object from a RunSpec message. Also converts values to other types if specified.
         * @param message RunSpec
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.RunSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RunSpec to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RunSpec
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RunSpec {

        /** Properties of a RunSpec. */
        interface $Properties {

            /** RunSpec runId */
            runId?: (string|null);

            /** RunSpec configJson */
            configJson?: (string|null);

            /** RunSpec partitions */
            partitions?: (number|null);

            /** RunSpec workerPartitions */
            workerPartitions?: (number[]|null);

            /** RunSpec worker */
            worker?: (string|null);

            /** RunSpec partitionOfGroup */
            partitionOfGroup?: (number[]|null);

            /** RunSpec preset */
            preset?: (string|null);

            /** RunSpec coordinator */
            coordinator?: (string|null);

            /** RunSpec traceFromNs */
            traceFromNs?: (number|null);

            /** RunSpec traceToNs */
            traceToNs?: (number|null);

            /** RunSpec token */
            token?: (string|null);

            /** RunSpec stallTimeoutMs */
            stallTimeoutMs?: (number|null);

            /** RunSpec beatEveryMs */
            beatEveryMs?: (number|null);

            /** RunSpec checkpointEveryWindows */
            checkpointEveryWindows?: (number|null);

            /** RunSpec checkpointEveryMs */
            checkpointEveryMs?: (number|null);

            /** RunSpec checkpointBucket */
            checkpointBucket?: (string|null);

            /** RunSpec resumeFrom */
            resumeFrom?: (string|null);

            /** RunSpec checkpointRun */
            checkpointRun?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunSpec. */
        type $Shape = irqscale.RunSpec.$Properties;
    }

    /**
     * Properties of a CutTaken.
     * @deprecated Use irqscale.CutTaken.$Properties instead.
     */
    interface ICutTaken extends irqscale.CutTaken.$Properties {
    }

    /** Represents a CutTaken. */
    class CutTaken {

        /**
         * Constructs a new CutTaken.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.CutTaken.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CutTaken runId. */
        runId: string;

        /** CutTaken window. */
        window: number;

        /** CutTaken partition. */
        partition: number;

        /** CutTaken object. */
        object: string;

        /** CutTaken bytes. */
        bytes: number;

        /** CutTaken sha256. */
        sha256: string;

        /** CutTaken ms. */
        ms: number;

        /** CutTaken now. */
        now: number;

        /** CutTaken token. */
        token: string;

        /**
         * Creates a new CutTaken instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CutTaken instance
         */
        static create(properties: irqscale.CutTaken.$Shape): irqscale.CutTaken & irqscale.CutTaken.$Shape;
        static create(properties?: irqscale.CutTaken.$Properties): irqscale.CutTaken;

        /**
         * Encodes the specified CutTaken message. Does not implicitly {@link irqscale.CutTaken.verify|verify} messages.
         * @param message CutTaken message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.CutTaken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CutTaken message, length delimited. Does not implicitly {@link irqscale.CutTaken.verify|verify} messages.
         * @param message CutTaken message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.CutTaken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CutTaken message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.CutTaken & irqscale.CutTaken.$Shape} CutTaken
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.CutTaken & irqscale.CutTaken.$Shape;

        /**
         * Decodes a CutTaken message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.CutTaken & irqscale.CutTaken.$Shape} CutTaken
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.CutTaken & irqscale.CutTaken.$Shape;

        /**
         * Verifies a CutTaken message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CutTaken message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CutTaken
         */
        static fromObject(object: { [k: string]: any }): irqscale.CutTaken;

        /**
         * Creates a plain object from a CutTaken message. Also converts values to other types if specified.
         * @param message CutTaken
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.CutTaken, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CutTaken to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CutTaken
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CutTaken {

        /** Properties of a CutTaken. */
        interface $Properties {

            /** CutTaken runId */
            runId?: (string|null);

            /** CutTaken window */
            window?: (number|null);

            /** CutTaken partition */
            partition?: (number|null);

            /** CutTaken object */
            object?: (string|null);

            /** CutTaken bytes */
            bytes?: (number|null);

            /** CutTaken sha256 */
            sha256?: (string|null);

            /** CutTaken ms */
            ms?: (number|null);

            /** CutTaken now */
            now?: (number|null);

            /** CutTaken token */
            token?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CutTaken. */
        type $Shape = irqscale.CutTaken.$Properties;
    }

    /**
     * Properties of a WindowStart.
     * @deprecated Use irqscale.WindowStart.$Properties instead.
     */
    interface IWindowStart extends irqscale.WindowStart.$Properties {
    }

    /** Represents a WindowStart. */
    class WindowStart {

        /**
         * Constructs a new WindowStart.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.WindowStart.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WindowStart runId. */
        runId: string;

        /** WindowStart window. */
        window: number;

        /** WindowStart start. */
        start: number;

        /** WindowStart end. */
        end: number;

        /** WindowStart lookahead. */
        lookahead: number;

        /** WindowStart depth. */
        depth: number;

        /** WindowStart reportEveryMs. */
        reportEveryMs: number;

        /** WindowStart token. */
        token: string;

        /**
         * Creates a new WindowStart instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WindowStart instance
         */
        static create(properties: irqscale.WindowStart.$Shape): irqscale.WindowStart & irqscale.WindowStart.$Shape;
        static create(properties?: irqscale.WindowStart.$Properties): irqscale.WindowStart;

        /**
         * Encodes the specified WindowStart message. Does not implicitly {@link irqscale.WindowStart.verify|verify} messages.
         * @param message WindowStart message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.WindowStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WindowStart message, length delimited. Does not implicitly {@link irqscale.WindowStart.verify|verify} messages.
         * @param message WindowStart message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.WindowStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WindowStart message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.WindowStart & irqscale.WindowStart.$Shape} WindowStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.WindowStart & irqscale.WindowStart.$Shape;

        /**
         * Decodes a WindowStart message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.WindowStart & irqscale.WindowStart.$Shape} WindowStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.WindowStart & irqscale.WindowStart.$Shape;

        /**
         * Verifies a WindowStart message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WindowStart message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WindowStart
         */
        static fromObject(object: { [k: string]: any }): irqscale.WindowStart;

        /**
         * Creates a plain object from a WindowStart message. Also converts values to other types if specified.
         * @param message WindowStart
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.WindowStart, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WindowStart to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for WindowStart
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace WindowStart {

        /** Properties of a WindowStart. */
        interface $Properties {

            /** WindowStart runId */
            runId?: (string|null);

            /** WindowStart window */
            window?: (number|null);

            /** WindowStart start */
            start?: (number|null);

            /** WindowStart end */
            end?: (number|null);

            /** WindowStart lookahead */
            lookahead?: (number|null);

            /** WindowStart depth */
            depth?: (number|null);

            /** WindowStart reportEveryMs */
            reportEveryMs?: (number|null);

            /** WindowStart token */
            token?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WindowStart. */
        type $Shape = irqscale.WindowStart.$Properties;
    }

    /**
     * Properties of a WindowDone.
     * @deprecated Use irqscale.WindowDone.$Properties instead.
     */
    interface IWindowDone extends irqscale.WindowDone.$Properties {
    }

    /** Represents a WindowDone. */
    class WindowDone {

        /**
         * Constructs a new WindowDone.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.WindowDone.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WindowDone runId. */
        runId: string;

        /** WindowDone window. */
        window: number;

        /** WindowDone partition. */
        partition: number;

        /** WindowDone nextTime. */
        nextTime: number;

        /** WindowDone events. */
        events: number;

        /** WindowDone remoteEvents. */
        remoteEvents: number;

        /** WindowDone bytesSent. */
        bytesSent: number;

        /** WindowDone waitMs. */
        waitMs: number;

        /**
         * Creates a new WindowDone instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WindowDone instance
         */
        static create(properties: irqscale.WindowDone.$Shape): irqscale.WindowDone & irqscale.WindowDone.$Shape;
        static create(properties?: irqscale.WindowDone.$Properties): irqscale.WindowDone;

        /**
         * Encodes the specified WindowDone message. Does not implicitly {@link irqscale.WindowDone.verify|verify} messages.
         * @param message WindowDone message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.WindowDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WindowDone message, length delimited. Does not implicitly {@link irqscale.WindowDone.verify|verify} messages.
         * @param message WindowDone message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.WindowDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WindowDone message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.WindowDone & irqscale.WindowDone.$Shape} WindowDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.WindowDone & irqscale.WindowDone.$Shape;

        /**
         * Decodes a WindowDone message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.WindowDone & irqscale.WindowDone.$Shape} WindowDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.WindowDone & irqscale.WindowDone.$Shape;

        /**
         * Verifies a WindowDone message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WindowDone message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WindowDone
         */
        static fromObject(object: { [k: string]: any }): irqscale.WindowDone;

        /**
         * Creates a plain object from a WindowDone message. Also converts values to other types if specified.
         * @param message WindowDone
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.WindowDone, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WindowDone to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for WindowDone
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace WindowDone {

        /** Properties of a WindowDone. */
        interface $Properties {

            /** WindowDone runId */
            runId?: (string|null);

            /** WindowDone window */
            window?: (number|null);

            /** WindowDone partition */
            partition?: (number|null);

            /** WindowDone nextTime */
            nextTime?: (number|null);

            /** WindowDone events */
            events?: (number|null);

            /** WindowDone remoteEvents */
            remoteEvents?: (number|null);

            /** WindowDone bytesSent */
            bytesSent?: (number|null);

            /** WindowDone waitMs */
            waitMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WindowDone. */
        type $Shape = irqscale.WindowDone.$Properties;
    }

    /**
     * Properties of an Abort.
     * @deprecated Use irqscale.Abort.$Properties instead.
     */
    interface IAbort extends irqscale.Abort.$Properties {
    }

    /** Represents an Abort. */
    class Abort {

        /**
         * Constructs a new Abort.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Abort.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Abort runId. */
        runId: string;

        /** Abort cause. */
        cause: string;

        /** Abort worker. */
        worker: string;

        /** Abort actor. */
        actor: number;

        /** Abort time. */
        time: number;

        /** Abort token. */
        token: string;

        /**
         * Creates a new Abort instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Abort instance
         */
        static create(properties: irqscale.Abort.$Shape): irqscale.Abort & irqscale.Abort.$Shape;
        static create(properties?: irqscale.Abort.$Properties): irqscale.Abort;

        /**
         * Encodes the specified Abort message. Does not implicitly {@link irqscale.Abort.verify|verify} messages.
         * @param message Abort message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Abort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Abort message, length delimited. Does not implicitly {@link irqscale.Abort.verify|verify} messages.
         * @param message Abort message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Abort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Abort message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Abort & irqscale.Abort.$Shape} Abort
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Abort & irqscale.Abort.$Shape;

        /**
         * Decodes an Abort message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Abort & irqscale.Abort.$Shape} Abort
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Abort & irqscale.Abort.$Shape;

        /**
         * Verifies an Abort message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Abort message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Abort
         */
        static fromObject(object: { [k: string]: any }): irqscale.Abort;

        /**
         * Creates a plain object from an Abort message. Also converts values to other types if specified.
         * @param message Abort
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Abort, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Abort to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Abort
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Abort {

        /** Properties of an Abort. */
        interface $Properties {

            /** Abort runId */
            runId?: (string|null);

            /** Abort cause */
            cause?: (string|null);

            /** Abort worker */
            worker?: (string|null);

            /** Abort actor */
            actor?: (number|null);

            /** Abort time */
            time?: (number|null);

            /** Abort token */
            token?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Abort. */
        type $Shape = irqscale.Abort.$Properties;
    }

    /**
     * Properties of an ActorDigest.
     * @deprecated Use irqscale.ActorDigest.$Properties instead.
     */
    interface IActorDigest extends irqscale.ActorDigest.$Properties {
    }

    /** Represents an ActorDigest. */
    class ActorDigest {

        /**
         * Constructs a new ActorDigest.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.ActorDigest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ActorDigest actor. */
        actor: number;

        /** ActorDigest h1. */
        h1: number;

        /** ActorDigest h2. */
        h2: number;

        /**
         * Creates a new ActorDigest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ActorDigest instance
         */
        static create(properties: irqscale.ActorDigest.$Shape): irqscale.ActorDigest & irqscale.ActorDigest.$Shape;
        static create(properties?: irqscale.ActorDigest.$Properties): irqscale.ActorDigest;

        /**
         * Encodes the specified ActorDigest message. Does not implicitly {@link irqscale.ActorDigest.verify|verify} messages.
         * @param message ActorDigest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.ActorDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ActorDigest message, length delimited. Does not implicitly {@link irqscale.ActorDigest.verify|verify} messages.
         * @param message ActorDigest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.ActorDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ActorDigest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.ActorDigest & irqscale.ActorDigest.$Shape} ActorDigest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.ActorDigest & irqscale.ActorDigest.$Shape;

        /**
         * Decodes an ActorDigest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.ActorDigest & irqscale.ActorDigest.$Shape} ActorDigest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.ActorDigest & irqscale.ActorDigest.$Shape;

        /**
         * Verifies an ActorDigest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an ActorDigest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ActorDigest
         */
        static fromObject(object: { [k: string]: any }): irqscale.ActorDigest;

        /**
         * Creates a plain object from an ActorDigest message. Also converts values to other types if specified.
         * @param message ActorDigest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.ActorDigest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ActorDigest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ActorDigest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ActorDigest {

        /** Properties of an ActorDigest. */
        interface $Properties {

            /** ActorDigest actor */
            actor?: (number|null);

            /** ActorDigest h1 */
            h1?: (number|null);

            /** ActorDigest h2 */
            h2?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ActorDigest. */
        type $Shape = irqscale.ActorDigest.$Properties;
    }

    /**
     * Properties of a FinalStats.
     * @deprecated Use irqscale.FinalStats.$Properties instead.
     */
    interface IFinalStats extends irqscale.FinalStats.$Properties {
    }

    /** Represents a FinalStats. */
    class FinalStats {

        /**
         * Constructs a new FinalStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.FinalStats.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FinalStats runId. */
        runId: string;

        /** FinalStats partition. */
        partition: number;

        /** FinalStats digests. */
        digests: irqscale.ActorDigest.$Properties[];

        /** FinalStats statsJson. */
        statsJson: string;

        /** FinalStats pending. */
        pending: number;

        /** FinalStats windows. */
        windows: number;

        /** FinalStats traceJson. */
        traceJson: string;

        /**
         * Creates a new FinalStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FinalStats instance
         */
        static create(properties: irqscale.FinalStats.$Shape): irqscale.FinalStats & irqscale.FinalStats.$Shape;
        static create(properties?: irqscale.FinalStats.$Properties): irqscale.FinalStats;

        /**
         * Encodes the specified FinalStats message. Does not implicitly {@link irqscale.FinalStats.verify|verify} messages.
         * @param message FinalStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.FinalStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified FinalStats message, length delimited. Does not implicitly {@link irqscale.FinalStats.verify|verify} messages.
         * @param message FinalStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.FinalStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FinalStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.FinalStats & irqscale.FinalStats.$Shape} FinalStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.FinalStats & irqscale.FinalStats.$Shape;

        /**
         * Decodes a FinalStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.FinalStats & irqscale.FinalStats.$Shape} FinalStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.FinalStats & irqscale.FinalStats.$Shape;

        /**
         * Verifies a FinalStats message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a FinalStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FinalStats
         */
        static fromObject(object: { [k: string]: any }): irqscale.FinalStats;

        /**
         * Creates a plain object from a FinalStats message. Also converts values to other types if specified.
         * @param message FinalStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.FinalStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FinalStats to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for FinalStats
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace FinalStats {

        /** Properties of a FinalStats. */
        interface $Properties {

            /** FinalStats runId */
            runId?: (string|null);

            /** FinalStats partition */
            partition?: (number|null);

            /** FinalStats digests */
            digests?: (irqscale.ActorDigest.$Properties[]|null);

            /** FinalStats statsJson */
            statsJson?: (string|null);

            /** FinalStats pending */
            pending?: (number|null);

            /** FinalStats windows */
            windows?: (number|null);

            /** FinalStats traceJson */
            traceJson?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FinalStats. */
        type $Shape = irqscale.FinalStats.$Properties;
    }

    /**
     * Properties of a WorkerHello.
     * @deprecated Use irqscale.WorkerHello.$Properties instead.
     */
    interface IWorkerHello extends irqscale.WorkerHello.$Properties {
    }

    /** Represents a WorkerHello. */
    class WorkerHello {

        /**
         * Constructs a new WorkerHello.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.WorkerHello.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WorkerHello id. */
        id: string;

        /** WorkerHello worker. */
        worker: string;

        /** WorkerHello host. */
        host: string;

        /** WorkerHello pid. */
        pid: number;

        /** WorkerHello busy. */
        busy: boolean;

        /** WorkerHello version. */
        version: string;

        /** WorkerHello codeHash. */
        codeHash: string;

        /**
         * Creates a new WorkerHello instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WorkerHello instance
         */
        static create(properties: irqscale.WorkerHello.$Shape): irqscale.WorkerHello & irqscale.WorkerHello.$Shape;
        static create(properties?: irqscale.WorkerHello.$Properties): irqscale.WorkerHello;

        /**
         * Encodes the specified WorkerHello message. Does not implicitly {@link irqscale.WorkerHello.verify|verify} messages.
         * @param message WorkerHello message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.WorkerHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WorkerHello message, length delimited. Does not implicitly {@link irqscale.WorkerHello.verify|verify} messages.
         * @param message WorkerHello message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.WorkerHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WorkerHello message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.WorkerHello & irqscale.WorkerHello.$Shape} WorkerHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.WorkerHello & irqscale.WorkerHello.$Shape;

        /**
         * Decodes a WorkerHello message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.WorkerHello & irqscale.WorkerHello.$Shape} WorkerHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.WorkerHello & irqscale.WorkerHello.$Shape;

        /**
         * Verifies a WorkerHello message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WorkerHello message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WorkerHello
         */
        static fromObject(object: { [k: string]: any }): irqscale.WorkerHello;

        /**
         * Creates a plain object from a WorkerHello message. Also converts values to other types if specified.
         * @param message WorkerHello
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.WorkerHello, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WorkerHello to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for WorkerHello
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace WorkerHello {

        /** Properties of a WorkerHello. */
        interface $Properties {

            /** WorkerHello id */
            id?: (string|null);

            /** WorkerHello worker */
            worker?: (string|null);

            /** WorkerHello host */
            host?: (string|null);

            /** WorkerHello pid */
            pid?: (number|null);

            /** WorkerHello busy */
            busy?: (boolean|null);

            /** WorkerHello version */
            version?: (string|null);

            /** WorkerHello codeHash */
            codeHash?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WorkerHello. */
        type $Shape = irqscale.WorkerHello.$Properties;
    }

    /**
     * Properties of a Claim.
     * @deprecated Use irqscale.Claim.$Properties instead.
     */
    interface IClaim extends irqscale.Claim.$Properties {
    }

    /** Represents a Claim. */
    class Claim {

        /**
         * Constructs a new Claim.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Claim.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Claim runId. */
        runId: string;

        /** Claim coordinator. */
        coordinator: string;

        /** Claim ttlMs. */
        ttlMs: number;

        /** Claim token. */
        token: string;

        /**
         * Creates a new Claim instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Claim instance
         */
        static create(properties: irqscale.Claim.$Shape): irqscale.Claim & irqscale.Claim.$Shape;
        static create(properties?: irqscale.Claim.$Properties): irqscale.Claim;

        /**
         * Encodes the specified Claim message. Does not implicitly {@link irqscale.Claim.verify|verify} messages.
         * @param message Claim message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Claim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Claim message, length delimited. Does not implicitly {@link irqscale.Claim.verify|verify} messages.
         * @param message Claim message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Claim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Claim message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Claim & irqscale.Claim.$Shape} Claim
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Claim & irqscale.Claim.$Shape;

        /**
         * Decodes a Claim message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Claim & irqscale.Claim.$Shape} Claim
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Claim & irqscale.Claim.$Shape;

        /**
         * Verifies a Claim message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Claim message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Claim
         */
        static fromObject(object: { [k: string]: any }): irqscale.Claim;

        /**
         * Creates a plain object from a Claim message. Also converts values to other types if specified.
         * @param message Claim
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Claim, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Claim to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Claim
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Claim {

        /** Properties of a Claim. */
        interface $Properties {

            /** Claim runId */
            runId?: (string|null);

            /** Claim coordinator */
            coordinator?: (string|null);

            /** Claim ttlMs */
            ttlMs?: (number|null);

            /** Claim token */
            token?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Claim. */
        type $Shape = irqscale.Claim.$Properties;
    }

    /**
     * Properties of a ClaimReply.
     * @deprecated Use irqscale.ClaimReply.$Properties instead.
     */
    interface IClaimReply extends irqscale.ClaimReply.$Properties {
    }

    /** Represents a ClaimReply. */
    class ClaimReply {

        /**
         * Constructs a new ClaimReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.ClaimReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ClaimReply ok. */
        ok: boolean;

        /** ClaimReply reason. */
        reason: string;

        /** ClaimReply worker. */
        worker: string;

        /**
         * Creates a new ClaimReply instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ClaimReply instance
         */
        static create(properties: irqscale.ClaimReply.$Shape): irqscale.ClaimReply & irqscale.ClaimReply.$Shape;
        static create(properties?: irqscale.ClaimReply.$Properties): irqscale.ClaimReply;

        /**
         * Encodes the specified ClaimReply message. Does not implicitly {@link irqscale.ClaimReply.verify|verify} messages.
         * @param message ClaimReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.ClaimReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ClaimReply message, length delimited. Does not implicitly {@link irqscale.ClaimReply.verify|verify} messages.
         * @param message ClaimReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.ClaimReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClaimReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.ClaimReply & irqscale.ClaimReply.$Shape} ClaimReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.ClaimReply & irqscale.ClaimReply.$Shape;

        /**
         * Decodes a ClaimReply message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.ClaimReply & irqscale.ClaimReply.$Shape} ClaimReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.ClaimReply & irqscale.ClaimReply.$Shape;

        /**
         * Verifies a ClaimReply message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ClaimReply message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ClaimReply
         */
        static fromObject(object: { [k: string]: any }): irqscale.ClaimReply;

        /**
         * Creates a plain object from a ClaimReply message. Also converts values to other types if specified.
         * @param message ClaimReply
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.ClaimReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ClaimReply to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ClaimReply
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClaimReply {

        /** Properties of a ClaimReply. */
        interface $Properties {

            /** ClaimReply ok */
            ok?: (boolean|null);

            /** ClaimReply reason */
            reason?: (string|null);

            /** ClaimReply worker */
            worker?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ClaimReply. */
        type $Shape = irqscale.ClaimReply.$Properties;
    }

    /**
     * Properties of a RunReady.
     * @deprecated Use irqscale.RunReady.$Properties instead.
     */
    interface IRunReady extends irqscale.RunReady.$Properties {
    }

    /** Represents a RunReady. */
    class RunReady {

        /**
         * Constructs a new RunReady.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.RunReady.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RunReady runId. */
        runId: string;

        /** RunReady worker. */
        worker: string;

        /** RunReady ok. */
        ok: boolean;

        /** RunReady error. */
        error: string;

        /** RunReady configError. */
        configError: boolean;

        /**
         * Creates a new RunReady instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunReady instance
         */
        static create(properties: irqscale.RunReady.$Shape): irqscale.RunReady & irqscale.RunReady.$Shape;
        static create(properties?: irqscale.RunReady.$Properties): irqscale.RunReady;

        /**
         * Encodes the specified RunReady message. Does not implicitly {@link irqscale.RunReady.verify|verify} messages.
         * @param message RunReady message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.RunReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RunReady message, length delimited. Does not implicitly {@link irqscale.RunReady.verify|verify} messages.
         * @param message RunReady message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.RunReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunReady message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.RunReady & irqscale.RunReady.$Shape} RunReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.RunReady & irqscale.RunReady.$Shape;

        /**
         * Decodes a RunReady message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.RunReady & irqscale.RunReady.$Shape} RunReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.RunReady & irqscale.RunReady.$Shape;

        /**
         * Verifies a RunReady message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RunReady message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RunReady
         */
        static fromObject(object: { [k: string]: any }): irqscale.RunReady;

        /**
         * Creates a plain object from a RunReady message. Also converts values to other types if specified.
         * @param message RunReady
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.RunReady, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RunReady to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RunReady
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RunReady {

        /** Properties of a RunReady. */
        interface $Properties {

            /** RunReady runId */
            runId?: (string|null);

            /** RunReady worker */
            worker?: (string|null);

            /** RunReady ok */
            ok?: (boolean|null);

            /** RunReady error */
            error?: (string|null);

            /** RunReady configError */
            configError?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunReady. */
        type $Shape = irqscale.RunReady.$Properties;
    }

    /**
     * Properties of a Release.
     * @deprecated Use irqscale.Release.$Properties instead.
     */
    interface IRelease extends irqscale.Release.$Properties {
    }

    /** Represents a Release. */
    class Release {

        /**
         * Constructs a new Release.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.Release.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Release runId. */
        runId: string;

        /** Release token. */
        token: string;

        /**
         * Creates a new Release instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Release instance
         */
        static create(properties: irqscale.Release.$Shape): irqscale.Release & irqscale.Release.$Shape;
        static create(properties?: irqscale.Release.$Properties): irqscale.Release;

        /**
         * Encodes the specified Release message. Does not implicitly {@link irqscale.Release.verify|verify} messages.
         * @param message Release message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.Release.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Release message, length delimited. Does not implicitly {@link irqscale.Release.verify|verify} messages.
         * @param message Release message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.Release.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Release message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.Release & irqscale.Release.$Shape} Release
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.Release & irqscale.Release.$Shape;

        /**
         * Decodes a Release message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.Release & irqscale.Release.$Shape} Release
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.Release & irqscale.Release.$Shape;

        /**
         * Verifies a Release message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Release message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Release
         */
        static fromObject(object: { [k: string]: any }): irqscale.Release;

        /**
         * Creates a plain object from a Release message. Also converts values to other types if specified.
         * @param message Release
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.Release, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Release to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Release
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Release {

        /** Properties of a Release. */
        interface $Properties {

            /** Release runId */
            runId?: (string|null);

            /** Release token */
            token?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Release. */
        type $Shape = irqscale.Release.$Properties;
    }

    /**
     * Properties of a WorkerReport.
     * @deprecated Use irqscale.WorkerReport.$Properties instead.
     */
    interface IWorkerReport extends irqscale.WorkerReport.$Properties {
    }

    /** Represents a WorkerReport. */
    class WorkerReport {

        /**
         * Constructs a new WorkerReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.WorkerReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WorkerReport runId. */
        runId: string;

        /** WorkerReport worker. */
        worker: string;

        /** WorkerReport partitions. */
        partitions: number[];

        /** WorkerReport busyMs. */
        busyMs: number;

        /** WorkerReport bytesSent. */
        bytesSent: number;

        /** WorkerReport messagesSent. */
        messagesSent: number;

        /** WorkerReport wallMs. */
        wallMs: number;

        /** WorkerReport cpuMs. */
        cpuMs: number;

        /**
         * Creates a new WorkerReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WorkerReport instance
         */
        static create(properties: irqscale.WorkerReport.$Shape): irqscale.WorkerReport & irqscale.WorkerReport.$Shape;
        static create(properties?: irqscale.WorkerReport.$Properties): irqscale.WorkerReport;

        /**
         * Encodes the specified WorkerReport message. Does not implicitly {@link irqscale.WorkerReport.verify|verify} messages.
         * @param message WorkerReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.WorkerReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WorkerReport message, length delimited. Does not implicitly {@link irqscale.WorkerReport.verify|verify} messages.
         * @param message WorkerReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.WorkerReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WorkerReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.WorkerReport & irqscale.WorkerReport.$Shape} WorkerReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.WorkerReport & irqscale.WorkerReport.$Shape;

        /**
         * Decodes a WorkerReport message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.WorkerReport & irqscale.WorkerReport.$Shape} WorkerReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.WorkerReport & irqscale.WorkerReport.$Shape;

        /**
         * Verifies a WorkerReport message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WorkerReport message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WorkerReport
         */
        static fromObject(object: { [k: string]: any }): irqscale.WorkerReport;

        /**
         * Creates a plain object from a WorkerReport message. Also converts values to other types if specified.
         * @param message WorkerReport
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.WorkerReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WorkerReport to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for WorkerReport
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace WorkerReport {

        /** Properties of a WorkerReport. */
        interface $Properties {

            /** WorkerReport runId */
            runId?: (string|null);

            /** WorkerReport worker */
            worker?: (string|null);

            /** WorkerReport partitions */
            partitions?: (number[]|null);

            /** WorkerReport busyMs */
            busyMs?: (number|null);

            /** WorkerReport bytesSent */
            bytesSent?: (number|null);

            /** WorkerReport messagesSent */
            messagesSent?: (number|null);

            /** WorkerReport wallMs */
            wallMs?: (number|null);

            /** WorkerReport cpuMs */
            cpuMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WorkerReport. */
        type $Shape = irqscale.WorkerReport.$Properties;
    }

    /**
     * Properties of a LivenessBeat.
     * @deprecated Use irqscale.LivenessBeat.$Properties instead.
     */
    interface ILivenessBeat extends irqscale.LivenessBeat.$Properties {
    }

    /** Represents a LivenessBeat. */
    class LivenessBeat {

        /**
         * Constructs a new LivenessBeat.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.LivenessBeat.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LivenessBeat runId. */
        runId: string;

        /** LivenessBeat token. */
        token: string;

        /** LivenessBeat seq. */
        seq: number;

        /**
         * Creates a new LivenessBeat instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LivenessBeat instance
         */
        static create(properties: irqscale.LivenessBeat.$Shape): irqscale.LivenessBeat & irqscale.LivenessBeat.$Shape;
        static create(properties?: irqscale.LivenessBeat.$Properties): irqscale.LivenessBeat;

        /**
         * Encodes the specified LivenessBeat message. Does not implicitly {@link irqscale.LivenessBeat.verify|verify} messages.
         * @param message LivenessBeat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.LivenessBeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LivenessBeat message, length delimited. Does not implicitly {@link irqscale.LivenessBeat.verify|verify} messages.
         * @param message LivenessBeat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.LivenessBeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LivenessBeat message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.LivenessBeat & irqscale.LivenessBeat.$Shape} LivenessBeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.LivenessBeat & irqscale.LivenessBeat.$Shape;

        /**
         * Decodes a LivenessBeat message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.LivenessBeat & irqscale.LivenessBeat.$Shape} LivenessBeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.LivenessBeat & irqscale.LivenessBeat.$Shape;

        /**
         * Verifies a LivenessBeat message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LivenessBeat message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LivenessBeat
         */
        static fromObject(object: { [k: string]: any }): irqscale.LivenessBeat;

        /**
         * Creates a plain object from a LivenessBeat message. Also converts values to other types if specified.
         * @param message LivenessBeat
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.LivenessBeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LivenessBeat to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LivenessBeat
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LivenessBeat {

        /** Properties of a LivenessBeat. */
        interface $Properties {

            /** LivenessBeat runId */
            runId?: (string|null);

            /** LivenessBeat token */
            token?: (string|null);

            /** LivenessBeat seq */
            seq?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LivenessBeat. */
        type $Shape = irqscale.LivenessBeat.$Properties;
    }

    /**
     * Properties of a LivenessAck.
     * @deprecated Use irqscale.LivenessAck.$Properties instead.
     */
    interface ILivenessAck extends irqscale.LivenessAck.$Properties {
    }

    /** Represents a LivenessAck. */
    class LivenessAck {

        /**
         * Constructs a new LivenessAck.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.LivenessAck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LivenessAck runId. */
        runId: string;

        /** LivenessAck token. */
        token: string;

        /** LivenessAck seq. */
        seq: number;

        /** LivenessAck worker. */
        worker: string;

        /** LivenessAck workerId. */
        workerId: string;

        /** LivenessAck window. */
        window: number;

        /** LivenessAck waiting. */
        waiting: boolean;

        /** LivenessAck waitingMs. */
        waitingMs: number;

        /** LivenessAck done. */
        done: boolean;

        /**
         * Creates a new LivenessAck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LivenessAck instance
         */
        static create(properties: irqscale.LivenessAck.$Shape): irqscale.LivenessAck & irqscale.LivenessAck.$Shape;
        static create(properties?: irqscale.LivenessAck.$Properties): irqscale.LivenessAck;

        /**
         * Encodes the specified LivenessAck message. Does not implicitly {@link irqscale.LivenessAck.verify|verify} messages.
         * @param message LivenessAck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.LivenessAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LivenessAck message, length delimited. Does not implicitly {@link irqscale.LivenessAck.verify|verify} messages.
         * @param message LivenessAck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.LivenessAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LivenessAck message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.LivenessAck & irqscale.LivenessAck.$Shape} LivenessAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.LivenessAck & irqscale.LivenessAck.$Shape;

        /**
         * Decodes a LivenessAck message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.LivenessAck & irqscale.LivenessAck.$Shape} LivenessAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.LivenessAck & irqscale.LivenessAck.$Shape;

        /**
         * Verifies a LivenessAck message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LivenessAck message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LivenessAck
         */
        static fromObject(object: { [k: string]: any }): irqscale.LivenessAck;

        /**
         * Creates a plain object from a LivenessAck message. Also converts values to other types if specified.
         * @param message LivenessAck
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.LivenessAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LivenessAck to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LivenessAck
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LivenessAck {

        /** Properties of a LivenessAck. */
        interface $Properties {

            /** LivenessAck runId */
            runId?: (string|null);

            /** LivenessAck token */
            token?: (string|null);

            /** LivenessAck seq */
            seq?: (number|null);

            /** LivenessAck worker */
            worker?: (string|null);

            /** LivenessAck workerId */
            workerId?: (string|null);

            /** LivenessAck window */
            window?: (number|null);

            /** LivenessAck waiting */
            waiting?: (boolean|null);

            /** LivenessAck waitingMs */
            waitingMs?: (number|null);

            /** LivenessAck done */
            done?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LivenessAck. */
        type $Shape = irqscale.LivenessAck.$Properties;
    }

    /**
     * Properties of a SweepPoint.
     * @deprecated Use irqscale.SweepPoint.$Properties instead.
     */
    interface ISweepPoint extends irqscale.SweepPoint.$Properties {
    }

    /** Represents a SweepPoint. */
    class SweepPoint {

        /**
         * Constructs a new SweepPoint.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.SweepPoint.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SweepPoint farmId. */
        farmId: string;

        /** SweepPoint index. */
        index: number;

        /** SweepPoint configJson. */
        configJson: string;

        /** SweepPoint preset. */
        preset: string;

        /** SweepPoint partitions. */
        partitions: number;

        /**
         * Creates a new SweepPoint instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SweepPoint instance
         */
        static create(properties: irqscale.SweepPoint.$Shape): irqscale.SweepPoint & irqscale.SweepPoint.$Shape;
        static create(properties?: irqscale.SweepPoint.$Properties): irqscale.SweepPoint;

        /**
         * Encodes the specified SweepPoint message. Does not implicitly {@link irqscale.SweepPoint.verify|verify} messages.
         * @param message SweepPoint message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.SweepPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SweepPoint message, length delimited. Does not implicitly {@link irqscale.SweepPoint.verify|verify} messages.
         * @param message SweepPoint message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.SweepPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SweepPoint message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.SweepPoint & irqscale.SweepPoint.$Shape} SweepPoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.SweepPoint & irqscale.SweepPoint.$Shape;

        /**
         * Decodes a SweepPoint message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.SweepPoint & irqscale.SweepPoint.$Shape} SweepPoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.SweepPoint & irqscale.SweepPoint.$Shape;

        /**
         * Verifies a SweepPoint message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SweepPoint message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SweepPoint
         */
        static fromObject(object: { [k: string]: any }): irqscale.SweepPoint;

        /**
         * Creates a plain object from a SweepPoint message. Also converts values to other types if specified.
         * @param message SweepPoint
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.SweepPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SweepPoint to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SweepPoint
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SweepPoint {

        /** Properties of a SweepPoint. */
        interface $Properties {

            /** SweepPoint farmId */
            farmId?: (string|null);

            /** SweepPoint index */
            index?: (number|null);

            /** SweepPoint configJson */
            configJson?: (string|null);

            /** SweepPoint preset */
            preset?: (string|null);

            /** SweepPoint partitions */
            partitions?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SweepPoint. */
        type $Shape = irqscale.SweepPoint.$Properties;
    }

    /**
     * Properties of a SweepAck.
     * @deprecated Use irqscale.SweepAck.$Properties instead.
     */
    interface ISweepAck extends irqscale.SweepAck.$Properties {
    }

    /** Represents a SweepAck. */
    class SweepAck {

        /**
         * Constructs a new SweepAck.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.SweepAck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SweepAck farmId. */
        farmId: string;

        /** SweepAck index. */
        index: number;

        /** SweepAck worker. */
        worker: string;

        /** SweepAck refused. */
        refused: boolean;

        /** SweepAck workerId. */
        workerId: string;

        /**
         * Creates a new SweepAck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SweepAck instance
         */
        static create(properties: irqscale.SweepAck.$Shape): irqscale.SweepAck & irqscale.SweepAck.$Shape;
        static create(properties?: irqscale.SweepAck.$Properties): irqscale.SweepAck;

        /**
         * Encodes the specified SweepAck message. Does not implicitly {@link irqscale.SweepAck.verify|verify} messages.
         * @param message SweepAck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.SweepAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SweepAck message, length delimited. Does not implicitly {@link irqscale.SweepAck.verify|verify} messages.
         * @param message SweepAck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.SweepAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SweepAck message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.SweepAck & irqscale.SweepAck.$Shape} SweepAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.SweepAck & irqscale.SweepAck.$Shape;

        /**
         * Decodes a SweepAck message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.SweepAck & irqscale.SweepAck.$Shape} SweepAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.SweepAck & irqscale.SweepAck.$Shape;

        /**
         * Verifies a SweepAck message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SweepAck message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SweepAck
         */
        static fromObject(object: { [k: string]: any }): irqscale.SweepAck;

        /**
         * Creates a plain object from a SweepAck message. Also converts values to other types if specified.
         * @param message SweepAck
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.SweepAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SweepAck to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SweepAck
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SweepAck {

        /** Properties of a SweepAck. */
        interface $Properties {

            /** SweepAck farmId */
            farmId?: (string|null);

            /** SweepAck index */
            index?: (number|null);

            /** SweepAck worker */
            worker?: (string|null);

            /** SweepAck refused */
            refused?: (boolean|null);

            /** SweepAck workerId */
            workerId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SweepAck. */
        type $Shape = irqscale.SweepAck.$Properties;
    }

    /**
     * Properties of a SweepResult.
     * @deprecated Use irqscale.SweepResult.$Properties instead.
     */
    interface ISweepResult extends irqscale.SweepResult.$Properties {
    }

    /** Represents a SweepResult. */
    class SweepResult {

        /**
         * Constructs a new SweepResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: irqscale.SweepResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SweepResult farmId. */
        farmId: string;

        /** SweepResult index. */
        index: number;

        /** SweepResult worker. */
        worker: string;

        /** SweepResult resultJson. */
        resultJson: string;

        /** SweepResult error. */
        error: string;

        /** SweepResult configError. */
        configError: boolean;

        /**
         * Creates a new SweepResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SweepResult instance
         */
        static create(properties: irqscale.SweepResult.$Shape): irqscale.SweepResult & irqscale.SweepResult.$Shape;
        static create(properties?: irqscale.SweepResult.$Properties): irqscale.SweepResult;

        /**
         * Encodes the specified SweepResult message. Does not implicitly {@link irqscale.SweepResult.verify|verify} messages.
         * @param message SweepResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: irqscale.SweepResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SweepResult message, length delimited. Does not implicitly {@link irqscale.SweepResult.verify|verify} messages.
         * @param message SweepResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: irqscale.SweepResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SweepResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {irqscale.SweepResult & irqscale.SweepResult.$Shape} SweepResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irqscale.SweepResult & irqscale.SweepResult.$Shape;

        /**
         * Decodes a SweepResult message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {irqscale.SweepResult & irqscale.SweepResult.$Shape} SweepResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irqscale.SweepResult & irqscale.SweepResult.$Shape;

        /**
         * Verifies a SweepResult message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SweepResult message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SweepResult
         */
        static fromObject(object: { [k: string]: any }): irqscale.SweepResult;

        /**
         * Creates a plain object from a SweepResult message. Also converts values to other types if specified.
         * @param message SweepResult
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: irqscale.SweepResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SweepResult to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SweepResult
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SweepResult {

        /** Properties of a SweepResult. */
        interface $Properties {

            /** SweepResult farmId */
            farmId?: (string|null);

            /** SweepResult index */
            index?: (number|null);

            /** SweepResult worker */
            worker?: (string|null);

            /** SweepResult resultJson */
            resultJson?: (string|null);

            /** SweepResult error */
            error?: (string|null);

            /** SweepResult configError */
            configError?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SweepResult. */
        type $Shape = irqscale.SweepResult.$Properties;
    }
}
