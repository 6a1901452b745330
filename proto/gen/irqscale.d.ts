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

        /** Envelope payload. */
        payload?: "phold";

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

            /** Envelope payload */
            payload?: "phold";

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
          $unknowns?: Uint8Array[];
        } & (
          ({ payload?: undefined; phold?: null }|{ payload?: "phold"; phold: irqscale.PholdMsg.$Shape })
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

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunSpec. */
        type $Shape = irqscale.RunSpec.$Properties;
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

        /** WindowStart expectBatches. */
        expectBatches: number[];

        /** WindowStart final. */
        final: boolean;

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

            /** WindowStart expectBatches */
            expectBatches?: (number[]|null);

            /** WindowStart final */
            final?: (boolean|null);

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

        /** WindowDone sentTo. */
        sentTo: number[];

        /** WindowDone nextTime. */
        nextTime: number;

        /** WindowDone events. */
        events: number;

        /** WindowDone remoteEvents. */
        remoteEvents: number;

        /** WindowDone bytesSent. */
        bytesSent: number;

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

            /** WindowDone sentTo */
            sentTo?: (number[]|null);

            /** WindowDone nextTime */
            nextTime?: (number|null);

            /** WindowDone events */
            events?: (number|null);

            /** WindowDone remoteEvents */
            remoteEvents?: (number|null);

            /** WindowDone bytesSent */
            bytesSent?: (number|null);

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

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FinalStats. */
        type $Shape = irqscale.FinalStats.$Properties;
    }
}
